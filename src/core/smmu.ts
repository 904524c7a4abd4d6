// The SMMU (Arm SMMUv3, IHI 0070): a device's DMA is translated by the SMMU, not by the PE.
// Its stream table entry (STE) chooses the translation; a fault becomes an event record in the
// SMMU's event queue (and, when the STE allows, a stalled transaction), never a CPU exception.
import { type Because, because, type Decision } from './rules';

export interface SmmuInput {
  /** STE.Config enables stage 2 translation (0b110, or 0b111 with stage 1 too); false: bypass (0b100). */
  stage2: boolean;
  /** The stage 2 tables the STE points at (STE.S2TTB) map the device's input address. */
  mapped: boolean;
}

export interface SmmuResult {
  outcome: 'translated' | 'fault' | 'bypass';
  /** The event record the SMMU writes on a fault: F_TRANSLATION (0x10). */
  event?: 'F_TRANSLATION';
  eventId?: number;
}

/** IHI 0070 5.2 (STE.Config, S2TTB, S2VMID), 3.12 / 7.3 (faults and the event queue). */
export function smmuTranslate(input: SmmuInput): Decision<SmmuResult> {
  const why: Because[] = [];
  if (!input.stage2) {
    return { result: { outcome: 'bypass' }, because: [because('R-SMMU-BYPASS')] };
  }
  why.push(because('R-SMMU-S2'));
  if (!input.mapped) {
    why.push(because('R-SMMU-FAULT-EVENT'));
    return { result: { outcome: 'fault', event: 'F_TRANSLATION', eventId: 0x10 }, because: why };
  }
  return { result: { outcome: 'translated' }, because: why };
}
