// The keyboard: each key runs the action the registry (src/store/actions.ts) gives it. Every
// key is left alone while the reader types (text fields, selects, an open dialog); arrows and
// Space are left to sliders, switches and tabs; and Space on a focused button or link presses
// it, everywhere: Space plays/pauses only when nothing that Space presses has focus.
import { useEffect } from 'react';
import { actionForKey, isCharacterKey, registerAction, runAction } from '../store/actions';
import { nextStep, send, steppable, useWorld } from '../store/world';

const CHOICE_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset']);

/** Where every key is the reader's own: text being typed, a list being chosen from, a dialog. */
export function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // A modal dialog (Embed, …) is a form of its own: Space presses its buttons there.
  if (target.closest('dialog[open]')) return true;
  if (target instanceof HTMLInputElement) return !CHOICE_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Elements that own the arrow keys and Space themselves (a letter shortcut still works there). */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (typing(target)) return true;
  if (target instanceof HTMLInputElement) return true;
  if (target.hasAttribute('aria-pressed')) return true;
  const role = target.getAttribute('role');
  return role === 'switch' || role === 'checkbox' || role === 'radio' || role === 'slider' || role === 'tab';
}

/** Space presses a focused button or link (the browser's own behaviour, kept). */
const isButton = (t: EventTarget | null) => t instanceof HTMLButtonElement || t instanceof HTMLAnchorElement;

const world = () => useWorld.getState();
const ready = () => steppable(world());

/** The lesson's own actions: stepping and playing, whoever shows the buttons. */
function registerLessonActions(): () => void {
  const undo = [
    registerAction('next', { run: nextStep, enabled: () => ready() && world().step < world().total }),
    registerAction('previous', { run: () => send({ type: 'PREV' }), enabled: () => ready() && world().step > 0 }),
    registerAction('play', { run: () => send({ type: 'TOGGLE_PLAY' }), enabled: () => ready() && world().total > 0 }),
    registerAction('first', { run: () => send({ type: 'GOTO', step: 0 }), enabled: ready }),
    registerAction('last', { run: () => send({ type: 'GOTO', step: world().total }), enabled: ready }),
    registerAction('restart', { run: () => send({ type: 'RESTART' }), enabled: ready }),
  ];
  return () => {
    for (const u of undo) u();
  };
}

export function useKeyboard(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (!isCharacterKey(e.key) && ownsKeys(e.target)) return;
      if ((e.key === ' ' || e.key === 'Spacebar') && isButton(e.target)) return;
      const id = actionForKey(e.key === 'Spacebar' ? ' ' : e.key);
      if (!id) return;
      // A held Space would toggle play on and off many times a second.
      if (id === 'play' && e.repeat) {
        e.preventDefault();
        return;
      }
      e.preventDefault();
      runAction(id);
    };
    const undo = registerLessonActions();
    window.addEventListener('keydown', onKeyDown);
    return () => {
      undo();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
