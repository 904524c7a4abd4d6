// One labelled bit as a switch: the accessible name is the architectural name
// (HCR_EL2.E2H), the description says what it does; the effective value and a what-if
// mark are shown in words beside it, never by colour alone.
import { useId } from 'react';

export interface BitSwitchProps {
  /** Architectural name, e.g. "HCR_EL2.E2H": also the accessible name. */
  name: string;
  checked: boolean;
  onToggle: (next: boolean) => void;
  description: string;
  /** Bit position within the register, when it has one. */
  position?: number;
  positionLabel?: string;
  /** "acts as 0 because TGE=1", when the hardware acts on another value. */
  effectiveNote?: string;
  effectiveValue?: boolean;
  /** Changed by a what-if, not by the scenario. */
  whatIf?: string;
  whatIfHint?: string;
  disabled?: boolean;
}

export function BitSwitch(p: BitSwitchProps) {
  const descId = useId();
  const dot = p.name.indexOf('.');
  const reg = dot > 0 ? p.name.slice(0, dot + 1) : '';
  const field = p.name.slice(dot + 1);
  return (
    <div className={`bit-switch${p.effectiveNote ? ' differs' : ''}${p.whatIf ? ' what-if' : ''}`}>
      <button
        type="button"
        role="switch"
        aria-checked={p.checked}
        aria-label={p.name}
        aria-describedby={descId}
        title={p.description}
        disabled={p.disabled}
        className="switch-button"
        onClick={() => p.onToggle(!p.checked)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb">{p.checked ? '1' : '0'}</span>
        </span>
        <span className="switch-name" aria-hidden="true">
          {reg && <span className="switch-reg">{reg}</span>}
          <strong>{field}</strong>
        </span>
        {p.position !== undefined && (
          <span className="switch-pos" aria-hidden="true">
            [{p.position}]
          </span>
        )}
      </button>
      <span id={descId} className="switch-desc">
        {p.description}
        {p.effectiveNote && (
          <span className="switch-effective">
            <span className="effective-value" aria-hidden="true">
              {p.effectiveValue ? '1' : '0'}
            </span>{' '}
            {p.effectiveNote}
          </span>
        )}
        {p.whatIf && (
          <span className="switch-whatif" title={p.whatIfHint}>
            {p.whatIf}
          </span>
        )}
      </span>
    </div>
  );
}
