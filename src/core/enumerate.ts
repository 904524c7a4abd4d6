// Enumerates PeStates over chosen inputs: the truth tables, the sweep and the handouts use it.
import type { EL, PeState } from './state';
import { defaultState } from './state';

export type StateInput =
  | 'el'
  | 'secure'
  | `features.${keyof PeState['features']}`
  | `hcr.${keyof PeState['hcr']}`
  | `scr.${keyof PeState['scr']}`
  | `pstate.${keyof PeState['pstate']}`;

const ELS: readonly EL[] = [0, 1, 2, 3];

function set(s: PeState, input: StateInput, value: boolean | EL): void {
  if (input === 'el') s.el = value as EL;
  else if (input === 'secure') s.secure = value as boolean;
  else {
    const [group, bit] = input.split('.') as ['features' | 'hcr' | 'scr' | 'pstate', string];
    (s[group] as unknown as Record<string, boolean>)[bit] = value as boolean;
  }
}

/** Every combination of the given inputs (EL over 0-3, the rest over false/true), others at defaults. */
export function* enumerateStates(inputs: readonly StateInput[], base: PeState = defaultState()): Generator<PeState> {
  const domains = inputs.map((i) => (i === 'el' ? ELS : [false, true]));
  const total = domains.reduce((n, d) => n * d.length, 1);
  for (let k = 0; k < total; k++) {
    const s: PeState = {
      ...base,
      features: { ...base.features },
      hcr: { ...base.hcr },
      scr: { ...base.scr },
      pstate: { ...base.pstate },
    };
    let rest = k;
    inputs.forEach((input, i) => {
      const domain = domains[i] as readonly (boolean | EL)[];
      set(s, input, domain[rest % domain.length] as boolean | EL);
      rest = Math.floor(rest / domain.length);
    });
    yield s;
  }
}

/** The inputs each rule family reads (the rest cannot change its answer). */
export const RELEVANT_INPUTS = {
  sysreg: [
    'el',
    'secure',
    'features.el2',
    'features.el3',
    'features.vhe',
    'hcr.tge',
    'hcr.e2h',
    'scr.ns',
    'scr.eel2',
    'features.sel2',
  ],
  regime: [
    'el',
    'secure',
    'features.el2',
    'features.el3',
    'features.vhe',
    'features.sel2',
    'hcr.vm',
    'hcr.tge',
    'hcr.e2h',
    'scr.ns',
    'scr.eel2',
  ],
} as const satisfies Record<string, readonly StateInput[]>;
