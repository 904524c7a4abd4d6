// "Skip to the lesson": the first thing Tab reaches, past the header's many controls.
import { messages, useLang } from '../../i18n';

export function SkipLink() {
  const lang = useLang((s) => s.lang);
  return (
    <a className="skip-link" href="#stage">
      {messages(lang).stage.skip}
    </a>
  );
}
