// The way into presenter mode (the header, the embed bar) and out of it (on the stage).
import { messages, useLang } from '../../i18n';
import { useAction, useAriaKeys } from '../../store/actions';
import { useStage } from '../../store/stage';
import { Icon } from './icons';
import { enterPresenter, leavePresenter } from './presenter';

export function PresenterButton({ compact = false }: { compact?: boolean }) {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).stage;
  useAction('presenter', enterPresenter);
  const keys = useAriaKeys('presenter');
  return (
    <button
      type="button"
      className="tool presenter-button"
      title={t.presenterLong}
      aria-keyshortcuts={keys}
      aria-label={compact ? t.presenterLong : undefined}
      onClick={enterPresenter}
    >
      <Icon name="present" />
      {!compact && <span className="label">{t.presenter}</span>}
    </button>
  );
}

/** Shown only in presenter mode, in a corner of the stage. */
export function LeavePresenter() {
  const lang = useLang((s) => s.lang);
  const on = useStage((s) => s.presenter);
  if (!on) return null;
  return (
    <button
      type="button"
      className="leave-presenter"
      onClick={leavePresenter}
      title={messages(lang).stage.leavePresenter}
    >
      <Icon name="close" />
      <span className="visually-hidden">{messages(lang).stage.leavePresenter}</span>
    </button>
  );
}
