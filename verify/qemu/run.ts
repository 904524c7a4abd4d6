// Run slices of the case table in parallel QEMU processes and parse the UART records.

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { caseBlob, type ProbeCase } from './cases';

/** One case's record: the first exception (slot 0), the escape after a normal end (slot 1), readbacks. */
export interface Slot {
  /** The EL of the vector table that took it; 0xff: none. */
  el: number;
  /** The vector offset (0x000-0x780). */
  offset: number;
  esr: bigint;
  spsr: bigint;
  elr: bigint;
  far: bigint;
}
export interface Record {
  id: number;
  first: Slot;
  escape: Slot;
  /** The pair's EL1 and EL2 registers as EL3 read them after the case (0xdead: not read). */
  el1Value: bigint;
  el2Value: bigint;
  /** What an MRS probe read (0xdead: it did not complete). */
  readValue: bigint;
  /** The raw line, for the evidence. */
  line: string;
}

export const QEMU_ARGS = [
  '-M',
  'virt,secure=on,virtualization=on,gic-version=3',
  '-cpu',
  'max',
  '-m',
  '256M',
  '-display',
  'none',
  '-nodefaults',
  '-monitor',
  'none',
  '-serial',
  'stdio',
  '-semihosting-config',
  'enable=on,target=native',
  // Virtual time counts instructions and jumps ahead while the PE sleeps: an untrapped WFI
  // is woken by its timer without waiting, and no host load can fire the timer early.
  '-icount',
  'shift=0,sleep=off',
];

export function parseRecords(out: string): Map<number, Record> {
  const records = new Map<number, Record>();
  for (const line of out.split('\n')) {
    if (!line.startsWith('@')) continue;
    const f = line
      .slice(1)
      .trim()
      .split(/\s+/)
      .map((x) => BigInt(`0x${x}`));
    if (f.length !== 16) continue;
    const slot = (at: number): Slot => ({
      el: Number(f[at]),
      offset: Number(f[at + 1]),
      esr: f[at + 2] ?? 0n,
      spsr: f[at + 3] ?? 0n,
      elr: f[at + 4] ?? 0n,
      far: f[at + 5] ?? 0n,
    });
    const id = Number(f[0]);
    records.set(id, {
      id,
      first: slot(1),
      escape: slot(7),
      el1Value: f[13] ?? 0n,
      el2Value: f[14] ?? 0n,
      readValue: f[15] ?? 0n,
      line,
    });
  }
  return records;
}

function runOne(image: string, blob: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['-bios', image, '-device', `loader,file=${blob},addr=0x40100000,force-raw=on`, ...QEMU_ARGS];
    const child = spawn('qemu-system-aarch64', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('latin1');
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && out.includes('vhe-lab-probes end')) resolve(out);
      else
        reject(
          new Error(
            `qemu-system-aarch64 exited with ${code} (${blob}); stderr: ${err}; last output: ${out.slice(-400)}`,
          ),
        );
    });
  });
}

/** Runs every case, one QEMU per core, each with an interleaved slice of the table. */
export async function runCases(
  image: string,
  dir: string,
  cases: readonly ProbeCase[],
  timeoutMs = 120_000,
): Promise<Map<number, Record>> {
  const n = Math.max(2, availableParallelism());
  const slices = Array.from({ length: n }, (_, k) => cases.filter((_, i) => i % n === k));
  const outs = await Promise.all(
    slices.map((slice, k) => {
      const blob = join(dir, `cases-${k}.bin`);
      writeFileSync(blob, caseBlob(slice));
      return runOne(image, blob, timeoutMs);
    }),
  );
  const all = new Map<number, Record>();
  for (const out of outs) for (const [id, r] of parseRecords(out)) all.set(id, r);
  return all;
}
