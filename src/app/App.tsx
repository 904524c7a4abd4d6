// The minimal page until the panels exist: pick a state and an exception, see where it
// goes and why. Every answer comes from the rules worker.
import { useId, useState } from 'react';
import type { EL, PeState } from '../core';
import type { RulesClient } from '../worker/client';
import { BitGroup } from './BitGroup';
import { Outcome } from './Outcome';
import {
  type ExceptionKind,
  INTERRUPT_KINDS,
  SYNC_KINDS,
  useDefaultState,
  useRouting,
  useWorkerRestarts,
} from './useRules';

type Hcr = PeState['hcr'];
type Scr = PeState['scr'];
type Pstate = PeState['pstate'];
type Features = PeState['features'];

const HCR_BITS: readonly { key: keyof Hcr; label: string; hint: string }[] = [
  { key: 'e2h', label: 'HCR_EL2.E2H', hint: 'EL2 Host: the VHE layout of EL2' },
  { key: 'tge', label: 'HCR_EL2.TGE', hint: 'Trap General Exceptions: EL0 belongs to EL2' },
  { key: 'imo', label: 'HCR_EL2.IMO', hint: 'Route physical IRQs to EL2' },
  { key: 'fmo', label: 'HCR_EL2.FMO', hint: 'Route physical FIQs to EL2' },
  { key: 'amo', label: 'HCR_EL2.AMO', hint: 'Route SErrors to EL2' },
  { key: 'vm', label: 'HCR_EL2.VM', hint: 'Stage 2 translation enabled' },
  { key: 'tsc', label: 'HCR_EL2.TSC', hint: 'Trap SMC to EL2' },
  { key: 'twi', label: 'HCR_EL2.TWI', hint: 'Trap WFI to EL2' },
  { key: 'twe', label: 'HCR_EL2.TWE', hint: 'Trap WFE to EL2' },
];
const SCR_BITS: readonly { key: keyof Scr; label: string; hint: string }[] = [
  { key: 'ns', label: 'SCR_EL3.NS', hint: 'Lower ELs are Non-secure' },
  { key: 'irq', label: 'SCR_EL3.IRQ', hint: 'Route physical IRQs to EL3' },
  { key: 'fiq', label: 'SCR_EL3.FIQ', hint: 'Route physical FIQs to EL3' },
  { key: 'ea', label: 'SCR_EL3.EA', hint: 'Route SErrors and external aborts to EL3' },
  { key: 'hce', label: 'SCR_EL3.HCE', hint: 'HVC instruction enabled' },
  { key: 'eel2', label: 'SCR_EL3.EEL2', hint: 'Secure EL2 enabled' },
];
const PSTATE_BITS: readonly { key: keyof Pstate; label: string; hint: string }[] = [
  { key: 'd', label: 'PSTATE.D', hint: 'Debug exceptions masked' },
  { key: 'a', label: 'PSTATE.A', hint: 'SError masked' },
  { key: 'i', label: 'PSTATE.I', hint: 'IRQ masked' },
  { key: 'f', label: 'PSTATE.F', hint: 'FIQ masked' },
];
const FEATURE_BITS: readonly { key: keyof Features; label: string }[] = [
  { key: 'el2', label: 'EL2 implemented' },
  { key: 'el3', label: 'EL3 implemented' },
  { key: 'vhe', label: 'FEAT_VHE' },
  { key: 'sel2', label: 'FEAT_SEL2' },
  { key: 'nv', label: 'FEAT_NV' },
];
const ELS: readonly EL[] = [0, 1, 2, 3];

export function App({ rules }: { rules: RulesClient }) {
  const [state, setState] = useDefaultState(rules);
  const [kind, setKind] = useState<ExceptionKind>('IRQ');
  const { answer, error } = useRouting(rules, state, kind);
  const restart = useWorkerRestarts(rules);
  const elId = useId();
  const kindId = useId();
  const secureId = useId();

  return (
    <div className="page">
      <header>
        <h1>VHE Lab</h1>
        <p className="tagline">Where does an Arm AArch64 exception go? Set the state, pick an exception, read why.</p>
      </header>

      <p role="status" aria-label="Rules worker status" className={restart ? 'worker-status shown' : 'worker-status'}>
        {restart ? `The rules worker stopped and was restarted (${restart.restarts}×): ${restart.reason}.` : ''}
      </p>

      <main className="layout">
        {!state ? (
          <p className="muted">Starting the rules worker…</p>
        ) : (
          <>
            <form className="controls" aria-label="Processor state" onSubmit={(e) => e.preventDefault()}>
              <fieldset className="row">
                <legend>Where the PE is, and what happens</legend>
                <label htmlFor={elId}>Current EL</label>
                <select
                  id={elId}
                  value={state.el}
                  onChange={(e) => setState({ ...state, el: Number(e.currentTarget.value) as EL })}
                >
                  {ELS.map((el) => (
                    <option key={el} value={el}>
                      EL{el}
                    </option>
                  ))}
                </select>
                <label htmlFor={secureId} className="bit">
                  <input
                    id={secureId}
                    type="checkbox"
                    checked={state.secure}
                    onChange={(e) => setState({ ...state, secure: e.currentTarget.checked })}
                  />
                  Secure state
                </label>
                <label htmlFor={kindId}>Exception kind</label>
                <select id={kindId} value={kind} onChange={(e) => setKind(e.currentTarget.value as ExceptionKind)}>
                  <optgroup label="Asynchronous">
                    {INTERRUPT_KINDS.map((k) => (
                      <option key={k}>{k}</option>
                    ))}
                  </optgroup>
                  <optgroup label="Synchronous">
                    {SYNC_KINDS.map((k) => (
                      <option key={k}>{k}</option>
                    ))}
                  </optgroup>
                </select>
              </fieldset>

              <BitGroup
                legend="HCR_EL2 (as written)"
                bits={HCR_BITS}
                values={state.hcr}
                onToggle={(k, v) => setState({ ...state, hcr: { ...state.hcr, [k]: v } })}
              />
              <BitGroup
                legend="SCR_EL3"
                bits={SCR_BITS}
                values={state.scr}
                onToggle={(k, v) => setState({ ...state, scr: { ...state.scr, [k]: v } })}
              />
              <BitGroup
                legend="PSTATE masks"
                bits={PSTATE_BITS}
                values={state.pstate}
                onToggle={(k, v) => setState({ ...state, pstate: { ...state.pstate, [k]: v } })}
              />
              <BitGroup
                legend="Features"
                bits={FEATURE_BITS}
                values={state.features}
                onToggle={(k, v) => setState({ ...state, features: { ...state.features, [k]: v } })}
              />
            </form>

            <Outcome kind={kind} answer={answer} error={error} />
          </>
        )}
      </main>
    </div>
  );
}
