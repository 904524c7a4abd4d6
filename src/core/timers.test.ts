import { describe, expect, it } from 'vitest';
import { enumerateStates, type StateInput } from './enumerate';
import { oracleCntvoff, oracleTimerBit } from './oracle.test-helpers';
import { defaultState } from './state';
import { physicalTimerAccess, virtualCounterOffset } from './timers';

const WORLD: StateInput[] = [
  'el',
  'secure',
  'features.el2',
  'features.el3',
  'features.vhe',
  'features.sel2',
  'scr.ns',
  'scr.eel2',
  'hcr.tge',
  'hcr.e2h',
];

describe('CNTHCTL_EL2 and CNTVOFF_EL2 truth tables', () => {
  it.each(['counter', 'timer'] as const)('traps the physical %s exactly when its enable bit is 0', (what) => {
    const wrong: string[] = [];
    for (const s of enumerateStates(WORLD)) {
      const bit = oracleTimerBit(s, what);
      for (const cnthctl of [0, 0xffff, 0b11, 0xc00, 0x201]) {
        const r = physicalTimerAccess(s, what, cnthctl).result;
        const trapped = bit !== null && ((cnthctl >> bit) & 1) === 0;
        if (r.bit !== bit || r.trapped !== trapped || (trapped && (r.targetEL !== 2 || r.ec !== 0x18)))
          wrong.push(`${JSON.stringify(s)} ${cnthctl}: ${JSON.stringify(r)}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('applies CNTVOFF_EL2 to the virtual count as QEMU gt_virt_cnt_offset does, for every input', () => {
    const wrong = [...enumerateStates(WORLD)].filter((s) => virtualCounterOffset(s).result.offset !== oracleCntvoff(s));
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('timers: named cases', () => {
  const s = defaultState();
  it('moves EL1PCTEN from bit 0 (E2H=0) to bit 10 (E2H=1)', () => {
    const guest = { ...s, el: 1 as const };
    expect(physicalTimerAccess(guest, 'counter', 0b01).result).toMatchObject({
      trapped: false,
      field: 'EL1PCTEN',
      bit: 0,
    });
    const vhe = { ...guest, hcr: { ...s.hcr, e2h: true } };
    // Bit 0 set is not enough under E2H=1: EL1PCTEN is bit 10 now.
    expect(physicalTimerAccess(vhe, 'counter', 0b01).result).toMatchObject({
      trapped: true,
      field: 'EL1PCTEN',
      bit: 10,
    });
    expect(physicalTimerAccess(vhe, 'timer', 1 << 11).result).toMatchObject({ trapped: false, field: 'EL1PTEN' });
  });

  it('gives the guest the offset and the VHE host none', () => {
    expect(virtualCounterOffset({ ...s, el: 1 }).result.offset).toBe(true);
    const host = virtualCounterOffset({ ...s, el: 2, hcr: { ...s.hcr, e2h: true, tge: true } });
    expect(host.result.offset).toBe(false);
    expect(host.because[0]?.rule).toBe('R-CNTVOFF-EL2-E2H');
    expect(virtualCounterOffset({ ...s, el: 2 }).result.offset).toBe(true);
  });
});
