// Predict mode state: on/off, the question waiting for an answer, and the answers given per
// scenario. Kept in memory; copied to localStorage when the browser allows it.
import { create } from 'zustand';
import type { Because } from '../core';
import type { Question } from './questions';

export const PREDICT_KEY = 'vhe-lab/predict/v1';

/** A question raised by the step about to play: flow f's step at index `step` (0-based). */
export interface Pending {
  scenario: string;
  flow: number;
  step: number;
  question: Question;
  /** Who does it and what (for the question's first line). */
  actor: string;
  el: number;
  op: string;
  because: Because[];
  choice: string | null;
  checked: boolean;
  /** Raised while playing: play resumes after the answer. */
  resume: boolean;
}

/** Answers per scenario id: `${flow}:${step}` -> correct. */
export type Answers = Record<string, Record<string, boolean>>;

export interface PredictState {
  on: boolean;
  pending: Pending | null;
  answers: Answers;
  /** Set when storage refused to keep the score (it still counts for this page). */
  unsaved: boolean;
}

interface Saved {
  version: 1;
  on: boolean;
  answers: Answers;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isAnswers(v: unknown): v is Answers {
  if (!v || typeof v !== 'object') return false;
  return Object.values(v).every(
    (rec) => rec && typeof rec === 'object' && Object.values(rec).every((b) => typeof b === 'boolean'),
  );
}

function restore(): Pick<PredictState, 'on' | 'answers'> {
  try {
    const raw = storage()?.getItem(PREDICT_KEY);
    if (!raw) return { on: false, answers: {} };
    const data = JSON.parse(raw) as Partial<Saved>;
    if (data.version !== 1 || !isAnswers(data.answers)) return { on: false, answers: {} };
    return { on: data.on === true, answers: data.answers };
  } catch {
    return { on: false, answers: {} };
  }
}

export const usePredict = create<PredictState>(() => ({ ...restore(), pending: null, unsaved: false }));

// Persist the switch and the score (not the open question) whenever they change.
usePredict.subscribe((s, prev) => {
  if (s.on === prev.on && s.answers === prev.answers) return;
  const saved: Saved = { version: 1, on: s.on, answers: s.answers };
  try {
    storage()?.setItem(PREDICT_KEY, JSON.stringify(saved));
    if (s.unsaved) usePredict.setState({ unsaved: false });
  } catch {
    if (!s.unsaved) usePredict.setState({ unsaved: true });
  }
});

export function setPredictOn(on: boolean): void {
  usePredict.setState({ on, pending: on ? usePredict.getState().pending : null });
}

export function choose(choice: string): void {
  const p = usePredict.getState().pending;
  if (p && !p.checked) usePredict.setState({ pending: { ...p, choice } });
}

/** Marks the open question answered and records the answer (once per step per scenario). */
export function check(): boolean | null {
  const { pending: p, answers } = usePredict.getState();
  if (!p || p.checked || p.choice === null) return null;
  const correct = p.choice === p.question.answer;
  const key = `${p.flow}:${p.step}`;
  const mine = { ...answers[p.scenario], [key]: correct };
  usePredict.setState({ pending: { ...p, checked: true }, answers: { ...answers, [p.scenario]: mine } });
  return correct;
}

export function resetScore(scenario: string): void {
  const { [scenario]: _dropped, ...rest } = usePredict.getState().answers;
  usePredict.setState({ answers: rest });
}

export function answered(scenario: string, flow: number, step: number): boolean {
  return usePredict.getState().answers[scenario]?.[`${flow}:${step}`] !== undefined;
}
