// "Skip to the lesson": the first thing Tab reaches, past the header's many controls.
import { useUi } from '../../store/ui';
import { STAGE } from './strings';

export function SkipLink() {
  const lang = useUi((s) => s.lang);
  return (
    <a className="skip-link" href="#stage">
      {STAGE[lang].skip}
    </a>
  );
}
