// Assemble and link the probe firmware into a temporary folder (never committed).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventsAssembly } from './events';

const HERE = dirname(fileURLToPath(import.meta.url));
const BINUTILS = 'aarch64-linux-gnu-';

/** Builds runtime.S + the generated events.S; returns the folder and the flat image's path. */
export function buildFirmware(): { dir: string; image: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vhe-lab-qemu-'));
  const events = join(dir, 'events.S');
  writeFileSync(events, eventsAssembly());
  const objects = [join(HERE, 'runtime.S'), events].map((src, i) => {
    const obj = join(dir, `${i}.o`);
    // Armv8.4-A names the FEAT_VHE, FEAT_SEL2 and GICv3 registers the probes use.
    execFileSync(`${BINUTILS}as`, ['-march=armv8.4-a', src, '-o', obj]);
    return obj;
  });
  const elf = join(dir, 'probes.elf');
  execFileSync(`${BINUTILS}ld`, ['-T', join(HERE, 'link.ld'), ...objects, '-o', elf]);
  const image = join(dir, 'probes.bin');
  execFileSync(`${BINUTILS}objcopy`, ['-O', 'binary', elf, image]);
  return { dir, image };
}
