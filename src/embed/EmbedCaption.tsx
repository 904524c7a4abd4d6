// In a slide the narration is a caption under the diagram: the step's words on one or two
// lines (the whole text stays in the page for screen readers; "Open in VHE Lab" has more).
import { useShallow } from 'zustand/react/shallow';
import { messages, useLang } from '../i18n';
import { useWorld } from '../store/world';

/** `only`: the one flow the frame shows (its switcher names it, so no title here). */
export function EmbedCaption({ only }: { only?: number | undefined } = {}) {
  const lang = useLang((s) => s.lang);
  const { scenario, flows } = useWorld(useShallow((s) => ({ scenario: s.scenario, flows: s.flows })));
  if (!scenario) return null;
  const two = scenario.flows.length > 1 && only === undefined;
  const lines = flows.flatMap((snap, f) => {
    if (only !== undefined && f !== only) return [];
    const flow = scenario.flows[f];
    const step = snap.last ? flow?.steps[snap.last.index] : undefined;
    return [
      {
        key: flow?.id ?? String(f),
        title: two ? flow?.title[lang] : undefined,
        text: step ? step.narration[lang] : scenario.summary[lang],
      },
    ];
  });
  // At the start both flows share the scenario's summary: say it once.
  const shown = flows.every((s) => !s.last) ? lines.slice(0, 1).map((l) => ({ ...l, title: undefined })) : lines;
  return (
    <section
      className={shown.length > 1 ? 'embed-caption two' : 'embed-caption'}
      aria-label={messages(lang).ui.panels.narration}
    >
      {shown.map((l) => (
        <p key={l.key}>
          {l.title && <strong>{l.title}: </strong>}
          {l.text}
        </p>
      ))}
    </section>
  );
}
