// The action registry: every command the reader can give (step, play, language, theme,
// copy link, embed, export, open, predict, presenter, shortcuts help) has one id and its keys
// here. The control that performs it registers its `run` (useAction); the keyboard handler,
// `aria-keyshortcuts` and the shortcuts help all read this one table, so a key, a button and
// the help never disagree.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { readPrefs, savePrefs } from './prefs';

export const ACTION_IDS = [
  'next',
  'previous',
  'play',
  'first',
  'last',
  'restart',
  'language',
  'theme',
  'largeText',
  'presenter',
  'predict',
  'copyLink',
  'embed',
  'export',
  'open',
  'help',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** Each action's keys, as KeyboardEvent.key values (a clicker sends the arrows, PageUp/PageDown and Space). */
export const ACTION_KEYS: Record<ActionId, readonly string[]> = {
  next: ['ArrowRight', 'PageDown'],
  previous: ['ArrowLeft', 'PageUp'],
  play: [' '],
  first: ['Home'],
  last: ['End'],
  restart: ['r'],
  language: ['l'],
  theme: ['t'],
  largeText: ['a'],
  presenter: ['f'],
  predict: ['p'],
  copyLink: ['c'],
  embed: ['e'],
  export: ['x'],
  open: ['o'],
  help: ['?'],
};

/**
 * A key that types a character (a letter, a digit, '?'): WCAG 2.1.4 asks that the reader can
 * turn such shortcuts off (screen-reader and speech users type them by accident).
 */
export const isCharacterKey = (key: string) => key.length === 1 && key !== ' ';

/** A key as ARIA names it ("Space", "Shift+?"). */
const keyName = (k: string) => (k === ' ' ? 'Space' : k === '?' ? 'Shift+?' : k.length === 1 ? k.toUpperCase() : k);

/** The keys of `id` that work now (character keys only while they are on). */
export function liveKeys(id: ActionId, characterKeys: boolean): readonly string[] {
  return ACTION_KEYS[id].filter((k) => characterKeys || !isCharacterKey(k));
}

/** The `aria-keyshortcuts` value of an action's control, or none when it has no live key. */
export function useAriaKeys(id: ActionId): string | undefined {
  const on = useKeys((s) => s.characterKeys);
  const keys = liveKeys(id, on);
  return keys.length ? keys.map(keyName).join(' ') : undefined;
}

export interface ActionRun {
  run(): void;
  /** False while the action cannot run (no step before the first...); the key does nothing then. */
  enabled?(): boolean;
}

const registry = new Map<ActionId, ActionRun>();

/** Registers what performs `id`; returns the undo (only undoes this registration). */
export function registerAction(id: ActionId, action: ActionRun): () => void {
  registry.set(id, action);
  return () => {
    if (registry.get(id) === action) registry.delete(id);
  };
}

/** Registers `run` for `id` while the calling component is mounted (the latest `run` is used). */
export function useAction(id: ActionId, run: () => void, enabled?: () => boolean): void {
  const latest = useRef({ run, enabled });
  latest.current = { run, enabled };
  useEffect(
    () =>
      registerAction(id, {
        run: () => latest.current.run(),
        enabled: () => latest.current.enabled?.() ?? true,
      }),
    [id],
  );
}

/** The action a key press asks for (if single-character keys are on, for those), or none. */
export function actionForKey(key: string): ActionId | undefined {
  if (isCharacterKey(key) && !useKeys.getState().characterKeys) return undefined;
  const lower = key.length === 1 ? key.toLowerCase() : key;
  return ACTION_IDS.find((id) => ACTION_KEYS[id].includes(lower) || ACTION_KEYS[id].includes(key));
}

/** Runs `id` if something performs it and it is enabled; says whether it ran. */
export function runAction(id: ActionId): boolean {
  const action = registry.get(id);
  if (!action || action.enabled?.() === false) return false;
  action.run();
  return true;
}

/** Whether single-character shortcuts (letters, digits, '?') are on: the reader's choice, kept. */
export const useKeys = create<{ characterKeys: boolean; setCharacterKeys(on: boolean): void }>((set) => ({
  characterKeys: readPrefs().characterKeys ?? true,
  setCharacterKeys: (characterKeys) => {
    savePrefs({ characterKeys });
    set({ characterKeys });
  },
}));
