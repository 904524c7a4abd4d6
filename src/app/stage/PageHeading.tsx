// The page's h1 where the header is not shown (presenter mode, embeds): the product and the
// scenario, for screen readers; nothing on screen.
import { scenarioTitle, UI } from '../../i18n/ui';
import { useUi } from '../../store/ui';
import { useWorld } from '../../store/world';

export function PageHeading() {
  const lang = useUi((s) => s.lang);
  const id = useWorld((s) => s.scenario?.id);
  const title = useWorld((s) => s.scenario?.title[lang]);
  const name = title ?? (id ? scenarioTitle(id, lang) : '');
  return <h1 className="visually-hidden">{name ? `${UI[lang].product}: ${name}` : UI[lang].product}</h1>;
}
