// A flow that has run all its steps says so (issue 11 §3), with what it cost, instead of
// repeating its last caption while the other flow plays on.

import { messages, useLang } from '../../i18n';
import type { FlowSnapshot } from '../../machine/types';
import type { Flow } from '../../scenario/schema';

export function FlowFinished({
  flow,
  snap,
  title,
}: {
  flow: Flow;
  snap: Pick<FlowSnapshot, 'counters'>;
  title?: string | undefined;
}) {
  const lang = useLang((s) => s.lang);
  const w = messages(lang).narration;
  const c = snap.counters;
  return (
    <article className="story-card finished" aria-label={title}>
      {title && <h3 className="flow-title">{title}</h3>}
      <p className="finished-line">
        <strong>{w.finished(flow.steps.length)}</strong>{' '}
        {w.finishedCost(c.elChanges, c.contextSaves, c.contextRestores)}
      </p>
    </article>
  );
}
