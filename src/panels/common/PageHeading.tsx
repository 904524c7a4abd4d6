// The page's h1 where the header is not shown (presenter mode, embeds): the product and the
// scenario, for screen readers; nothing on screen.
import { messages, scenarioTitle, useLang } from '../../i18n';
import { useWorld } from '../../store/world';

export function PageHeading() {
  const lang = useLang((s) => s.lang);
  const id = useWorld((s) => s.scenario?.id);
  const title = useWorld((s) => s.scenario?.title[lang]);
  const name = title ?? (id ? scenarioTitle(id, lang) : '');
  return (
    <h1 className="visually-hidden">{name ? `${messages(lang).ui.product}: ${name}` : messages(lang).ui.product}</h1>
  );
}
