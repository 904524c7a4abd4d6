// Presenter keys: a clicker sends ←/→, PageUp/PageDown and Space; Home/End jump. Keys are
// left alone where they already mean something (text fields, selects, sliders, switches),
// and Space on a focused button or link presses it, everywhere: Space plays/pauses only
// when nothing that Space presses has focus.
import { useEffect } from 'react';
import { nextStep, send, useWorld } from '../store/world';

/** Elements that own the arrow keys and Space themselves. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // A modal dialog (Embed, …) is a form of its own: Space presses its buttons there.
  if (target.closest('dialog[open]')) return true;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (target.hasAttribute('aria-pressed')) return true;
  const role = target.getAttribute('role');
  return role === 'switch' || role === 'checkbox' || role === 'radio' || role === 'slider' || role === 'tab';
}

/** Space presses a focused button or link (the browser's own behaviour, kept). */
const isButton = (t: EventTarget | null) => t instanceof HTMLButtonElement || t instanceof HTMLAnchorElement;

export function useKeyboard(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
      if ((e.key === ' ' || e.key === 'Spacebar') && isButton(e.target)) return;
      const { total } = useWorld.getState();
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          nextStep();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          send({ type: 'PREV' });
          break;
        case 'Home':
          send({ type: 'GOTO', step: 0 });
          break;
        case 'End':
          send({ type: 'GOTO', step: total });
          break;
        case ' ':
        case 'Spacebar':
          if (!e.repeat) send({ type: 'TOGGLE_PLAY' });
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
