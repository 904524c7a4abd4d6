// The HCR_EL2 / SCR_EL3 / PSTATE editor: every switch is a "what if" sent to the machine.

import type { EL, Features, Hcr, Pstate, Scr } from '../../core';
import { HCR_BIT_POSITION, SCR_BIT_POSITION } from '../../core/state';
import type { StatePatch } from '../../scenario/schema';
import { ElBadge } from '../common/ElBadge';
import { Panel } from '../common/Panel';
import { useAnswers } from '../common/useAnswers';
import { setBits, usePe, useWhatIf } from '../common/usePe';
import { BitSwitch } from './BitSwitch';
import { whyDiffers } from './effective';
import './bits.css';
import { messages, useLang } from '../../i18n';
import { useRenderCount } from '../common/renderCount';

const HCR_ORDER: readonly (keyof Hcr)[] = [
  'e2h',
  'tge',
  'imo',
  'fmo',
  'amo',
  'vm',
  'tsc',
  'twi',
  'twe',
  'rw',
  'vi',
  'vf',
  'vse',
  'tvm',
  'trvm',
  'tid3',
  'nv',
  'nv1',
  'nv2',
];
const SCR_ORDER: readonly (keyof Scr)[] = ['ns', 'irq', 'fiq', 'ea', 'hce', 'rw', 'eel2'];
const PSTATE_ORDER: readonly Exclude<keyof Pstate, 'il'>[] = ['d', 'a', 'i', 'f'];
const FEATURE_ORDER: readonly Exclude<keyof Features, 'smcTrapWithoutEl3'>[] = [
  'vhe',
  'el3',
  'sel2',
  'el2',
  'nv',
  'nv2',
];

export function BitsPanel() {
  useRenderCount('BitsPanel');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).bits;
  const { pe, flow, live } = usePe();
  const whatIf = useWhatIf();
  const effective = useAnswers().value?.effectiveHcr;

  const toggle = (patch: StatePatch) => setBits(flow, patch);
  const mark = (changed: boolean | undefined) => (changed ? t.whatIf : undefined);

  return (
    <Panel id="bits" label={t.title}>
      <div className="bits-panel">
        <p className="bits-intro">{live ? t.intro : t.sandbox}</p>
        {pe && (
          <>
            <div className="bits-now">
              <span className="bits-now-label">{t.currentEl}</span>
              <ElBadge el={pe.el as EL} />
            </div>

            <fieldset className="bit-group">
              <legend>HCR_EL2</legend>
              {HCR_ORDER.map((k) => {
                const why = effective ? whyDiffers(pe, effective, k) : null;
                const eff = effective?.[k] ?? pe.hcr[k] ?? false;
                return (
                  <BitSwitch
                    key={k}
                    name={`HCR_EL2.${k.toUpperCase()}`}
                    checked={pe.hcr[k] ?? false}
                    onToggle={(v) => toggle({ hcr: { [k]: v } })}
                    description={t.hcr[k]}
                    position={HCR_BIT_POSITION[k]}
                    effectiveNote={why ? t.actsAs(eff ? 1 : 0, t.why[why]) : undefined}
                    effectiveValue={eff}
                    whatIf={mark(whatIf.hcr?.[k] !== undefined)}
                    whatIfHint={t.whatIfHint}
                  />
                );
              })}
            </fieldset>

            <fieldset className="bit-group">
              <legend>SCR_EL3</legend>
              {SCR_ORDER.map((k) => (
                <BitSwitch
                  key={k}
                  name={`SCR_EL3.${k.toUpperCase()}`}
                  checked={pe.scr[k]}
                  onToggle={(v) => toggle({ scr: { [k]: v } })}
                  description={t.scr[k]}
                  position={SCR_BIT_POSITION[k]}
                  whatIf={mark(whatIf.scr?.[k] !== undefined)}
                  whatIfHint={t.whatIfHint}
                />
              ))}
            </fieldset>

            <fieldset className="bit-group">
              <legend>{t.pstate}</legend>
              {PSTATE_ORDER.map((k) => (
                <BitSwitch
                  key={k}
                  name={`PSTATE.${k.toUpperCase()}`}
                  checked={pe.pstate[k]}
                  onToggle={(v) => toggle({ pstate: { [k]: v } })}
                  description={t.pstateBits[k]}
                  whatIf={mark(whatIf.pstate?.[k] !== undefined)}
                  whatIfHint={t.whatIfHint}
                />
              ))}
            </fieldset>

            <details className="bit-group bit-features">
              <summary>{t.features}</summary>
              <p className="bits-hint">{t.featuresHint}</p>
              {FEATURE_ORDER.map((k) => (
                <BitSwitch
                  key={k}
                  name={t.featureName[k]}
                  checked={pe.features[k] ?? false}
                  onToggle={(v) => toggle({ features: { [k]: v } })}
                  description={t.feature[k]}
                  whatIf={mark(whatIf.features?.[k] !== undefined)}
                  whatIfHint={t.whatIfHint}
                />
              ))}
            </details>
          </>
        )}
      </div>
    </Panel>
  );
}
