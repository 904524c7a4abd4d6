// One flow's current step: its event, the narration, the outcome and its reasons.

import { messages, useLang } from '../../i18n';
import { eventLabel } from '../../i18n/ruleText';
import type { FlowSnapshot } from '../../machine/types';
import type { Flow } from '../../scenario/schema';
import { BecauseList } from '../common/BecauseList';
import { describeStep } from '../common/describe';
import { Icon } from '../common/icons';
import { SourceList } from '../common/SourceList';
import { RegisterList } from './RegisterList';

export function StepStory({
  flow,
  snap,
  title,
}: {
  flow: Flow;
  snap: Pick<FlowSnapshot, 'last'>;
  title?: string | undefined;
}) {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).narration;
  const last = snap.last;
  const name = (id: string) => flow.actors.find((a) => a.id === id)?.name[lang] ?? id;
  if (!last) {
    return (
      <article className="story-card">
        {title && <h3 className="flow-title">{title}</h3>}
        <p className="muted">{t.atStart}</p>
      </article>
    );
  }
  const step = flow.steps[last.index];
  // Under a flow title (h3) the outcome is h4; alone it is h3 (the panel title is h2).
  const Heading = title ? 'h4' : 'h3';
  // An illegal ERET ran (illegally); a step taken over by the Illegal Execution state
  // exception did not: both are marked, only the latter says the step could not run.
  const blocked = last.outcome === 'blocked' || last.outcome === 'illegal-state';
  const warn = blocked || last.outcome === 'illegal-eret';
  return (
    <article className="story-card" aria-label={title}>
      {title && <h3 className="flow-title">{title}</h3>}
      <p className="event-label">
        <span className="step-index">{last.index + 1}.</span> <code>{eventLabel(last.event, lang, name)}</code>
      </p>
      {step && <p className="story">{step.narration[lang]}</p>}
      <div className={warn ? 'outcome blocked' : 'outcome'}>
        <Heading className="outcome-head">{blocked ? t.blocked : t.outcome}</Heading>
        <p className="outcome-line">
          {warn && (
            <>
              <Icon name="warning" />{' '}
            </>
          )}
          {describeStep(last, name, lang)}
        </p>
        {last.registers && last.registers.length > 1 && <RegisterList registers={last.registers} />}
        <BecauseList because={last.because} />
      </div>
      {last.expectFailures.length > 0 && !warn && (
        <p className="expect-missed">
          {t.expectMissed}: {last.expectFailures.join('; ')}
        </p>
      )}
      <SourceList sources={step?.sources} label={t.sources} />
    </article>
  );
}
