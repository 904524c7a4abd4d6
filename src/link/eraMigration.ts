// Links made before the boot decision took a Linux release carry custom scenarios whose Boot
// steps name an era ("5.10" or "5.15+"). They still open: each era becomes a release, with a notice.
import type { LinkNotice } from './format';

/** The release each old era now plays on: "5.15+" meant "5.12 and later", shown as 5.15. */
export const ERA_RELEASE: Readonly<Record<string, string>> = { '5.10': '5.10', '5.15+': '5.15' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rewrites every Boot step's `input.era` in a custom scenario's data to `kernel`, adding the
 * inputs that came later (no FEAT_NV, no arm64_sw.hvhe). Returns the data unchanged (same
 * object) when there is nothing to map; never mutates its argument.
 */
export function migrateBootEras(custom: unknown): { custom: unknown; notices: LinkNotice[] } {
  if (!isObject(custom) || !Array.isArray(custom.flows)) return { custom, notices: [] };
  const mapped = new Set<string>();
  const flows = custom.flows.map((flow) => {
    if (!isObject(flow) || !Array.isArray(flow.steps)) return flow;
    const steps = flow.steps.map((step) => {
      if (!isObject(step) || !isObject(step.event) || step.event.type !== 'Boot') return step;
      const input = step.event.input;
      if (!isObject(input) || typeof input.era !== 'string') return step;
      const kernel = ERA_RELEASE[input.era];
      if (kernel === undefined) return step; // not an era we shipped: the schema will say so
      mapped.add(`${input.era} → ${kernel}`);
      const { era: _era, ...rest } = input;
      return { ...step, event: { ...step.event, input: { cpuNested: 'none', hvhe: false, ...rest, kernel } } };
    });
    return { ...flow, steps };
  });
  if (mapped.size === 0) return { custom, notices: [] };
  return { custom: { ...custom, flows }, notices: [{ code: 'era-mapped', param: 's', value: [...mapped].join(', ') }] };
}
