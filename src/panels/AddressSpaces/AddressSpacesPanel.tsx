// Address spaces: the current EL's regime next to host EL0's, so flipping TGE visibly
// moves EL0 between the EL1&0 and EL2&0 regimes.

import { useUi } from '../../store/ui';
import { useWorld } from '../../store/world';
import { BecauseList } from '../common/BecauseList';
import { ElBadge } from '../common/ElBadge';
import { Panel } from '../common/Panel';
import { useAnswers } from '../common/useAnswers';
import { usePe } from '../common/usePe';
import { Space } from './Space';
import { TwoStageWalk } from './TwoStageWalk';
import './address-spaces.css';
import { messages, useLang } from '../../i18n';
import { useRenderCount } from '../common/renderCount';

export function AddressSpacesPanel() {
  useRenderCount('AddressSpacesPanel');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).addressSpaces;
  const { pe, last } = usePe();
  const flow = useUi((s) => s.flow);
  const tlb = useWorld((s) => (s.flows[flow] ?? s.flows[0])?.tlb);
  const answers = useAnswers();
  const value = answers.value?.regimes;
  const { error } = answers;

  return (
    <Panel id="address-spaces" label={t.title}>
      <div className="as-panel">
        {error && <p role="alert">{error}</p>}
        {!value && !error && <p className="muted">{t.waiting}</p>}
        {value && pe && (
          <div className="as-columns">
            <section className="as-column" aria-label={t.current(pe.el)}>
              <h3>
                <ElBadge el={pe.el} /> {t.current(pe.el)}
              </h3>
              <p className="as-regime">
                {t.regime}: <strong>{value.current.result.regime}</strong>
              </p>
              <Space info={value.current.result} t={t} label={t.current(pe.el)} />
              <BecauseList because={value.current.because} compact />
            </section>
            {pe.el !== 0 && (
              <section className="as-column as-host" aria-label={t.hostEl0}>
                <h3>
                  <ElBadge el={0} /> {t.hostEl0}
                </h3>
                <p className="as-regime">
                  {t.regime}: <strong>{value.host.result.regime}</strong>
                </p>
                <Space info={value.host.result} t={t} label={t.hostEl0} />
                <BecauseList because={value.host.because} compact />
              </section>
            )}
          </div>
        )}
        {value && <TwoStageWalk info={value.current.result} walk={last?.walk} tlb={tlb} lang={lang} />}
        <p className="as-convention">{t.convention}</p>
      </div>
    </Panel>
  );
}
