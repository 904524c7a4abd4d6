// Two-flow scenarios (nVHE vs VHE): which flow the state panels on the right show.
import { useShallow } from 'zustand/react/shallow';
import { messages, useLang } from '../i18n';
import { useRenderCount } from '../panels/common/renderCount';
import { useUi } from '../store/ui';
import { useWorld } from '../store/world';

export function FlowPicker() {
  useRenderCount('FlowPicker');
  const lang = useLang((s) => s.lang);
  const flow = useUi((s) => s.flow);
  const titles = useWorld(useShallow((s) => s.scenario?.flows.map((f) => f.title[lang]) ?? []));
  if (titles.length < 2) return null;
  return (
    <fieldset className="segmented flow-picker" aria-label={messages(lang).ui.flowPicker}>
      <legend className="flow-legend">{messages(lang).ui.flowPicker}</legend>
      {titles.map((title, i) => (
        <button key={title} type="button" aria-pressed={flow === i} onClick={() => useUi.getState().setFlow(i)}>
          {title}
        </button>
      ))}
    </fieldset>
  );
}
