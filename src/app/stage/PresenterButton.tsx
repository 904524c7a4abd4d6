// The way into presenter mode (the header, the embed bar) and out of it (on the stage).
import { useUi } from '../../store/ui';
import { Icon } from '../icons';
import { enterPresenter, leavePresenter } from './presenter';
import { useStage } from './store';
import { STAGE } from './strings';

export function PresenterButton({ compact = false }: { compact?: boolean }) {
  const lang = useUi((s) => s.lang);
  const t = STAGE[lang];
  return (
    <button
      type="button"
      className="tool presenter-button"
      title={t.presenterLong}
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
  const lang = useUi((s) => s.lang);
  const on = useStage((s) => s.presenter);
  if (!on) return null;
  return (
    <button type="button" className="leave-presenter" onClick={leavePresenter} title={STAGE[lang].leavePresenter}>
      <Icon name="close" />
      <span className="visually-hidden">{STAGE[lang].leavePresenter}</span>
    </button>
  );
}
