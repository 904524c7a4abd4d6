// Predict mode state: on/off, the question waiting for an answer, the answers given and the
// challenges met per scenario (the score), and a score someone shared by link (their claim,
// shown apart: it never touches this reader's own score). Kept in memory; the switch and the
// score are copied to localStorage when the browser allows it.
import { create } from 'zustand';
import type { Because } from '../core';
import type { ScoreClaim } from '../link/format';
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

/** Challenges met per scenario id (their ids). */
export type Met = Record<string, string[]>;

/** A score a link carried: the sender's claim about one scenario, never checked. */
export interface Claim extends ScoreClaim {
  scenario: string;
}

export interface PredictState {
  on: boolean;
  pending: Pending | null;
  answers: Answers;
  met: Met;
  /** A score opened from a shared link, shown read-only until dismissed; never saved. */
  claim: Claim | null;
  /** Set when storage refused to keep the score (it still counts for this page). */
  unsaved: boolean;
}

/** Version 1 had no challenges; it is read as having met none. */
interface Saved {
  version: 1 | 2;
  on: boolean;
  answers: Answers;
  met?: Met;
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

function isMet(v: unknown): v is Met {
  if (!v || typeof v !== 'object') return false;
  return Object.values(v).every((ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string'));
}

const NOTHING: Pick<PredictState, 'on' | 'answers' | 'met'> = { on: false, answers: {}, met: {} };

/** What this device kept; anything unreadable is a fresh start (never an exception). */
export function restore(): Pick<PredictState, 'on' | 'answers' | 'met'> {
  try {
    const raw = storage()?.getItem(PREDICT_KEY);
    if (!raw) return NOTHING;
    const data = JSON.parse(raw) as Partial<Saved>;
    if ((data.version !== 1 && data.version !== 2) || !isAnswers(data.answers)) return NOTHING;
    return { on: data.on === true, answers: data.answers, met: isMet(data.met) ? data.met : {} };
  } catch {
    return NOTHING;
  }
}

export const usePredict = create<PredictState>(() => ({ ...restore(), pending: null, claim: null, unsaved: false }));

// Persist the switch and the score (not the open question, not a shared claim) whenever they change.
usePredict.subscribe((s, prev) => {
  if (s.on === prev.on && s.answers === prev.answers && s.met === prev.met) return;
  const saved: Saved = { version: 2, on: s.on, answers: s.answers, met: s.met };
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
  const { answers, met } = usePredict.getState();
  const { [scenario]: _dropped, ...rest } = answers;
  const { [scenario]: _none, ...otherMet } = met;
  usePredict.setState({ answers: rest, met: otherMet });
}

/** Records a challenge met (once). */
export function markMet(scenario: string, id: string): void {
  const { met } = usePredict.getState();
  const mine = met[scenario] ?? [];
  if (mine.includes(id)) return;
  usePredict.setState({ met: { ...met, [scenario]: [...mine, id] } });
}

/** Shows a score a link carried (the sender's claim); null hides it. Never saved. */
export function showClaim(claim: Claim | null): void {
  usePredict.setState({ claim });
}

export function answered(scenario: string, flow: number, step: number): boolean {
  return usePredict.getState().answers[scenario]?.[`${flow}:${step}`] !== undefined;
}
