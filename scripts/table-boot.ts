// The Linux boot truth table for handouts: every input, with runs of releases that decide
// alike folded into one row ("5.16-6.0"), and inputs that change nothing shown as "any".
import { LINUX_RELEASES, linuxBootMode } from '../src/core';
import { CPU_NESTED, KVM_ARM_MODES } from '../src/core/bootInputs';

interface Row {
  bootEL: string;
  vhe: string;
  nested: string;
  kernel: string;
  config: string;
  mode: string;
  hvhe: string;
  out: string;
}
type Col = 'config' | 'nested' | 'hvhe';

const yn = (b: boolean) => (b ? 'y' : 'n');

/** Folds rows that differ only in `col` and cover all of `values` into one row with "any". */
function fold(rows: Row[], col: Col, values: readonly string[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = JSON.stringify({ ...r, [col]: '' });
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].flatMap((g) =>
    values.every((v) => g.some((r) => r[col] === v)) ? [{ ...(g[0] as Row), [col]: 'any' }] : g,
  );
}

export function printBootTable(): void {
  console.log('## Linux arm64 boot: kernel EL and KVM, by release\n');
  console.log(
    '| firmware EL | FEAT_VHE | FEAT_NV | Linux | CONFIG_ARM64_VHE | kvm-arm.mode | arm64_sw.hvhe | kernel EL | KVM | hyp E2H | malformed | because |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  let rows: Row[] = [];
  for (const bootEL of [1, 2] as const)
    for (const cpuHasVhe of [false, true])
      for (const cpuNested of CPU_NESTED)
        for (const configArm64Vhe of [false, true])
          for (const kvmArmMode of KVM_ARM_MODES)
            for (const hvhe of [false, true]) {
              let run: { from: string; to: string; out: string } | undefined;
              const flush = () => {
                if (!run) return;
                rows.push({
                  bootEL: `EL${bootEL}`,
                  vhe: yn(cpuHasVhe),
                  nested: cpuNested,
                  kernel: run.from === run.to ? run.from : `${run.from}-${run.to}`,
                  config: yn(configArm64Vhe),
                  mode: kvmArmMode,
                  hvhe: yn(hvhe),
                  out: run.out,
                });
              };
              for (const kernel of LINUX_RELEASES) {
                const d = linuxBootMode({ bootEL, cpuHasVhe, cpuNested, kernel, configArm64Vhe, kvmArmMode, hvhe });
                const r = d.result;
                const out = `EL${r.kernelEL} | ${r.kvm} | ${r.hypE2H === null ? '-' : r.hypE2H ? '1' : '0'} | ${r.malformed ? 'yes' : ''} | ${d.because.map((b) => b.rule).join(', ')}`;
                if (run && run.out === out) run.to = kernel;
                else {
                  flush();
                  run = { from: kernel, to: kernel, out };
                }
              }
              flush();
            }
  rows = fold(rows, 'config', ['n', 'y']);
  rows = fold(rows, 'nested', CPU_NESTED);
  rows = fold(rows, 'hvhe', ['n', 'y']);
  for (const r of rows)
    console.log(
      `| ${r.bootEL} | ${r.vhe} | ${r.nested} | ${r.kernel} | ${r.config} | ${r.mode} | ${r.hvhe} | ${r.out} |`,
    );
  console.log(`\n${rows.length} rows (8,160 inputs).`);
}
