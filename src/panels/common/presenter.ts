// Presenter mode: the stage alone (plus the focus panel when it fits), big type, full
// screen when the browser allows it; the clicker's keys still step; Escape leaves.
import { useEffect } from 'react';
import { useStage } from '../../store/stage';

export function enterPresenter(): void {
  useStage.setState({ presenter: true });
  // Full screen needs a user gesture (this is called from a click) and, in an iframe, the
  // host's allow="fullscreen"; without it presenter mode still hides the chrome.
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().catch(() => undefined);
  }
}

export function leavePresenter(): void {
  useStage.setState({ presenter: false });
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => undefined);
  }
}

/** <html data-presenter>, and the ways out: Escape, or the browser leaving full screen. */
export function usePresenter(): void {
  const on = useStage((s) => s.presenter);
  useEffect(() => {
    document.documentElement.dataset.presenter = on ? 'on' : 'off';
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // A dialog open on top closes first.
      if (e.target instanceof Element && e.target.closest('dialog[open]')) return;
      leavePresenter();
    };
    // Escape in full screen is taken by the browser, which only leaves full screen.
    const onFullscreen = () => {
      if (!document.fullscreenElement) useStage.setState({ presenter: false });
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [on]);
}
