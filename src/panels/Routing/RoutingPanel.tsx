// Exception routing: pick a kind, see the decision path the core took, lit.
import { useEffect, useId, useState } from 'react';
import type { Because, EL, InterruptKind, SyncKind } from '../../core';
import type { ListRegister } from '../../machine/types';
import { useUi } from '../../store/ui';
import { useWorld } from '../../store/world';
import type { StepAnswers } from '../../worker/answers';
import { BecauseList } from '../common/BecauseList';
import { ElBadge } from '../common/ElBadge';
import { Panel } from '../common/Panel';
import { useAnswers } from '../common/useAnswers';
import { usePe } from '../common/usePe';
import { Chart } from './Chart';
import {
  type ExceptionKind,
  INTERRUPTS,
  isInterrupt,
  type Label,
  layoutInterrupt,
  layoutSync,
  SYNCS,
} from './flowchart';
import { VirtualLane } from './VirtualLane';
import './routing.css';
import { messages, useLang } from '../../i18n';
import { useRenderCount } from '../common/renderCount';

const MASK = { IRQ: 'i', FIQ: 'f', SError: 'a' } as const;
const NO_LRS: readonly ListRegister[] = [];

type Answer =
  | { type: 'interrupt'; kind: InterruptKind; targetEL: EL; taken: boolean; because: Because[]; el2Enabled: boolean }
  | { type: 'sync'; kind: SyncKind; targetEL: EL; undefinedInstruction: boolean; because: Because[] };

/** The answer for `kind`, from the answers for every kind the worker gave with the step. */
function answerOf(all: StepAnswers, kind: ExceptionKind): Answer {
  if (isInterrupt(kind)) {
    const d = all.interrupts[kind];
    // EL2Enabled() as the core reads it (SCR_EL3.NS/EEL2 with EL3, always without).
    return { type: 'interrupt', kind, ...d.result, because: d.because, el2Enabled: all.el2Enabled };
  }
  const d = all.syncs[kind];
  return { type: 'sync', kind, ...d.result, because: d.because };
}

export function RoutingPanel() {
  useRenderCount('RoutingPanel');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).routing;
  const { pe, last } = usePe();
  const flow = useUi((s) => s.flow);
  const lrs = useWorld((s) => (s.flows[flow] ?? s.flows[0])?.lrs) ?? NO_LRS;
  const selectId = useId();
  const [kind, setKind] = useState<ExceptionKind>('IRQ');

  // Follow the scenario: when a step is an exception, show that kind.
  const stepKind = last?.event.type;
  useEffect(() => {
    if (stepKind && (isInterrupt(stepKind) || (SYNCS as readonly string[]).includes(stepKind))) {
      setKind(stepKind as ExceptionKind);
    }
  }, [stepKind]);

  // Of the state now (after this step), so a what-if toggle moves the answer at once.
  const { value: all, error } = useAnswers();
  const answer = all ? answerOf(all, kind) : null;

  const chart =
    answer && pe
      ? answer.type === 'interrupt'
        ? layoutInterrupt({
            kind: answer.kind,
            ruleIds: answer.because.map((b) => b.rule),
            el2Enabled: answer.el2Enabled,
            targetEL: answer.targetEL,
            currentEL: pe.el,
            taken: answer.taken,
          })
        : layoutSync({
            kind: answer.kind,
            ruleIds: answer.because.map((b) => b.rule),
            targetEL: answer.targetEL,
            undefinedInstruction: answer.undefinedInstruction,
          })
      : null;

  const text = (label: Label): string => {
    if (label.key === 'case') return t.cases[String(label.params?.rule)] ?? String(label.params?.rule);
    const fill = t.box[label.key];
    return fill ? fill({ ...label.params, current: pe?.el ?? '?' }) : label.key;
  };

  return (
    <Panel id="routing" label={t.title}>
      <div className="routing-panel">
        <div className="routing-pick">
          <label htmlFor={selectId}>{t.kindLabel}</label>
          <select id={selectId} value={kind} onChange={(e) => setKind(e.currentTarget.value as ExceptionKind)}>
            <optgroup label={t.asyncGroup}>
              {INTERRUPTS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.syncGroup}>
              {SYNCS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </optgroup>
          </select>
        </div>

        {pe && <p className="routing-now">{t.ifNow(t.kinds[kind] ?? kind, pe.el)}</p>}
        {error && <p role="alert">{error}</p>}
        {answer && pe && (
          // Quiet: the page has one live region, the EL diagram's step outcome (issue 11 §5).
          <output className="routing-result" aria-live="off" aria-label={t.target}>
            <span className="routing-from">
              <ElBadge el={pe.el} /> <span aria-hidden="true">→</span>
            </span>
            <span className="routing-target">
              <ElBadge el={answer.targetEL} />
            </span>
            {answer.type === 'interrupt' ? (
              <span className={`routing-state ${answer.taken ? 'taken' : 'pending'}`}>
                <strong>{answer.taken ? t.taken : t.pending}</strong>
                <span className="routing-mask">
                  {t.maskNote(MASK[answer.kind].toUpperCase(), pe.pstate[MASK[answer.kind]])}
                </span>
              </span>
            ) : (
              answer.undefinedInstruction && (
                <span className="routing-state pending">
                  <strong>{t.undefinedInstr}</strong>
                </span>
              )
            )}
          </output>
        )}

        {chart && answer && (
          <Chart
            chart={chart}
            title={t.chartTitle(t.kinds[kind] ?? kind)}
            text={text}
            yes={t.yes}
            no={t.no}
            animateKey={`${kind}|${answer.because.map((b) => b.rule).join(',')}`}
          />
        )}
        {!answer && !error && <p className="muted">{t.waiting}</p>}
        {answer && <BecauseList because={answer.because} />}
        {pe && <VirtualLane answers={all?.virtual ?? null} lrs={lrs} lang={lang} />}
      </div>
    </Panel>
  );
}
