// The embed's flow switcher: one button per flow, the shown one pressed. It sets the same
// "which flow" as the app's flow picker, so the caption and the panels follow it.
import { useShallow } from 'zustand/react/shallow';
import { messages, useLang } from '../i18n';
import { useUi } from '../store/ui';
import { useWorld } from '../store/world';

export function FlowSwitch({ shown }: { shown: number }) {
  const lang = useLang((s) => s.lang);
  const titles = useWorld(useShallow((s) => s.scenario?.flows.map((f) => f.title[lang]) ?? []));
  return (
    <fieldset className="segmented embed-flows" aria-label={messages(lang).shell.flowShown}>
      {titles.map((title, i) => (
        <button
          key={title}
          type="button"
          aria-pressed={shown === i}
          title={title}
          onClick={() => useUi.getState().setFlow(i)}
        >
          <span>{title}</span>
        </button>
      ))}
    </fieldset>
  );
}
