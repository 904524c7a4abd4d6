// An independent transcription of architecture.md / the Arm ARM tables, written apart from
// the core's code path (no effectiveHcr, no shared helpers) so the truth tables compare two
// readings of the rules rather than the code with itself.
import type { EL, PeState } from './state';

export function oracleWorld(s: PeState) {
  const secureBelow = s.el === 3 && s.features.el3 ? !s.scr.ns : s.secure;
  const eel2 = s.features.el3 && s.features.sel2 && s.scr.eel2;
  const el2en = s.features.el2 && (!s.features.el3 || !secureBelow || eel2);
  const e2h = el2en && s.features.vhe && s.hcr.e2h;
  const tge = el2en && s.hcr.tge;
  const hce = s.features.el3 ? s.scr.hce : true;
  return { secureBelow, el2en, e2h, tge, host: e2h && tge, hce };
}

export function oracleInterrupt(s: PeState, kind: 'IRQ' | 'FIQ' | 'SError'): { targetEL: EL; taken: boolean } {
  const w = oracleWorld(s);
  const scrBit = { IRQ: s.scr.irq, FIQ: s.scr.fiq, SError: s.scr.ea }[kind];
  const hcrBit = { IRQ: s.hcr.imo, FIQ: s.hcr.fmo, SError: s.hcr.amo }[kind];
  const masked = { IRQ: s.pstate.i, FIQ: s.pstate.f, SError: s.pstate.a }[kind];
  // Routing (architecture.md section 3, steps 1-3). With E2H=TGE=1 IMO acts as 0 but TGE routes.
  const targetEL: EL = s.features.el3 && scrBit ? 3 : w.el2en && (w.tge || (hcrBit && !w.host)) ? 2 : 1;
  // Masking (step 4).
  let taken: boolean;
  if (targetEL < s.el) taken = false;
  else if (targetEL > s.el && (targetEL === 3 || (targetEL === 2 && !w.host))) taken = true;
  else taken = !masked;
  return { targetEL, taken };
}

type Sync = 'SVC' | 'HVC' | 'SMC' | 'WFI' | 'WFE' | 'Stage1Abort' | 'Stage2Abort' | 'Undefined';

export function oracleSync(s: PeState, kind: Sync): { targetEL: EL; undefinedInstruction: boolean } {
  const w = oracleWorld(s);
  const fromCurrent: EL = s.el === 0 ? (w.tge ? 2 : 1) : s.el;
  const undef = { targetEL: fromCurrent, undefinedInstruction: true };
  const go = (targetEL: EL) => ({ targetEL, undefinedInstruction: false });
  switch (kind) {
    case 'SVC':
      return go(fromCurrent);
    case 'HVC':
      if (s.el === 0 || !s.features.el2 || (s.el === 1 && !w.el2en) || !w.hce) return undef;
      return go(s.el === 3 ? 3 : 2);
    case 'SMC':
      if (s.el === 0) return undef;
      // TSC behaves as 0 when TGE=1.
      if (s.el === 1 && w.el2en && s.hcr.tsc && !w.tge) return go(2);
      return s.features.el3 ? go(3) : undef;
    case 'WFI':
    case 'WFE': {
      const bit = kind === 'WFI' ? s.hcr.twi : s.hcr.twe;
      // TWI/TWE behave as 0 when E2H=TGE=1.
      return s.el <= 1 && w.el2en && bit && !w.host ? go(2) : go(s.el);
    }
    case 'Stage1Abort':
      if (s.el <= 1 && w.tge) return go(2);
      return go(s.el === 0 ? 1 : s.el);
    case 'Stage2Abort':
      if (s.el >= 2) return go(s.el);
      return w.el2en ? go(2) : go(fromCurrent);
    case 'Undefined':
      return undef;
  }
}
