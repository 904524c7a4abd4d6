// A flow that has run all its steps says so (issue 11 §3), with what it cost, instead of
// repeating its last caption while the other flow plays on.

import { useLang } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import type { FlowSnapshot } from '../../machine/types';
import type { Flow } from '../../scenario/schema';

const WORDS = {
  en: {
    finished: (n: number) => `Finished at step ${n}.`,
    cost: (el: number, saves: number, restores: number) =>
      `${el} EL changes, ${saves} EL1 context saves, ${restores} restores.`,
  },
  zh: {
    finished: (n: number) => `已在第 ${n} 步结束。`,
    cost: (el: number, saves: number, restores: number) =>
      `共 ${el} 次 EL 切换，${saves} 次 EL1 上下文保存，${restores} 次恢复。`,
  },
} satisfies Record<Lang, unknown>;

export function FlowFinished({ flow, snap, title }: { flow: Flow; snap: FlowSnapshot; title?: string | undefined }) {
  const lang = useLang((s) => s.lang);
  const w = WORDS[lang];
  const c = snap.counters;
  return (
    <article className="story-card finished" aria-label={title}>
      {title && <h3 className="flow-title">{title}</h3>}
      <p className="finished-line">
        <strong>{w.finished(flow.steps.length)}</strong> {w.cost(c.elChanges, c.contextSaves, c.contextRestores)}
      </p>
    </article>
  );
}
