// The embedded view's playback bar: one compact line that never wraps out of a 480px frame.
import { useShallow } from 'zustand/react/shallow';
import { messages, useLang } from '../i18n';
import { Icon } from '../panels/common/icons';
import { PresenterButton } from '../panels/common/PresenterButton';
import { useUi } from '../store/ui';
import { urlFor } from '../store/url';
import { nextStep, send, steppable, useWorld } from '../store/world';

/** The same view, not embedded: the share link without embed/panels. */
function useOpenHref(): string {
  const { scenario, step, overrides } = useWorld(
    useShallow((s) => ({ scenario: s.scenario, step: s.step, overrides: s.overrides })),
  );
  const lang = useLang((s) => s.lang);
  const theme = useUi((s) => s.theme);
  const base = `${window.location.origin}${window.location.pathname}`;
  if (!scenario) return base;
  return `${base}${urlFor({ scenario: scenario.id, step, lang, theme, overrides })}`;
}

export function EmbedBar() {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).ui;
  const { step, total, playing, ready } = useWorld(
    useShallow((s) => ({ step: s.step, total: s.total, playing: s.playing, ready: steppable(s) })),
  );
  const href = useOpenHref();

  return (
    <fieldset className="embed-bar" aria-label={t.controls}>
      <button
        type="button"
        aria-label={t.previous}
        title={t.previous}
        onClick={() => send({ type: 'PREV' })}
        disabled={!ready || step === 0}
      >
        <Icon name="prev" />
      </button>
      <button
        type="button"
        className="primary"
        aria-label={playing ? t.pause : t.play}
        title={playing ? t.pause : t.play}
        onClick={() => send({ type: 'TOGGLE_PLAY' })}
        disabled={!ready || total === 0}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button type="button" aria-label={t.next} title={t.next} onClick={nextStep} disabled={!ready || step >= total}>
        <Icon name="next" />
      </button>
      <progress className="embed-progress" max={Math.max(total, 1)} value={step} aria-hidden="true" />
      <span className="embed-step">{t.stepOf(step, total)}</span>
      <PresenterButton compact />
      <a className="embed-open" href={href} target="_blank" rel="noopener">
        <span>{messages(lang).shell.openInLab}</span>
        <Icon name="open" />
      </a>
    </fieldset>
  );
}
