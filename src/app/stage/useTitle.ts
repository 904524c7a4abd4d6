// The document title names the scenario and the step ("Step 3 of 11 · nVHE vs VHE · VHE
// Lab"), so a tab, a bookmark and a screen reader's window list say where the lesson is.
import { useEffect } from 'react';
import { scenarioTitle, UI } from '../../i18n/ui';
import { useUi } from '../../store/ui';
import { useWorld } from '../../store/world';

export function useDocumentTitle(): void {
  const lang = useUi((s) => s.lang);
  const id = useWorld((s) => s.scenario?.id);
  const custom = useWorld((s) => s.scenario?.title[lang]);
  const step = useWorld((s) => s.step);
  const total = useWorld((s) => s.total);
  useEffect(() => {
    const t = UI[lang];
    if (!id) {
      document.title = t.product;
      return;
    }
    const name = scenarioTitle(id, lang) === id ? (custom ?? id) : scenarioTitle(id, lang);
    document.title = `${t.stepOf(step, total)} · ${name} · ${t.product}`;
  }, [lang, id, custom, step, total]);
}
