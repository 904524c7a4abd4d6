// The what-ifs in force, as one line for an export: "what-if: HCR_EL2.TGE=0 before step 2".
import { messages } from '../i18n';
import type { Lang } from '../i18n/lang';
import type { Override } from '../machine/types';

const REG: Record<string, string> = { hcr: 'HCR_EL2', scr: 'SCR_EL3', pstate: 'PSTATE', features: 'FEAT' };

export function whatIfLine(overrides: readonly Override[], flowTitles: readonly string[], lang: Lang): string {
  const t = messages(lang).exporting;
  const parts = overrides.map((o) => {
    const bits: string[] = [];
    for (const [group, value] of Object.entries(o.patch)) {
      if (value && typeof value === 'object') {
        for (const [bit, on] of Object.entries(value))
          bits.push(`${REG[group] ?? group}.${bit.toUpperCase()}=${on ? 1 : 0}`);
      } else bits.push(`${group}=${value ? 1 : 0}`);
    }
    const flow = flowTitles.length > 1 ? ` (${flowTitles[o.flow] ?? o.flow})` : '';
    return t.whatIfPart(bits, o.step + 1, flow);
  });
  return t.whatIfs(parts);
}
