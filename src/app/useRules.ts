// Hooks that talk to the rules worker: the side effects live here, not in render bodies.
import { useEffect, useState } from 'react';
import type { Decision, EL, PeState } from '../core';
import type { RestartEvent, RulesClient } from '../worker/client';

export const INTERRUPT_KINDS = ['IRQ', 'FIQ', 'SError'] as const;
export const SYNC_KINDS = ['SVC', 'HVC', 'SMC', 'WFI', 'WFE', 'Stage1Abort', 'Stage2Abort', 'Undefined'] as const;
export type InterruptKind = (typeof INTERRUPT_KINDS)[number];
export type SyncKind = (typeof SYNC_KINDS)[number];
export type ExceptionKind = InterruptKind | SyncKind;

export type Answer =
  | { kind: 'interrupt'; decision: Decision<{ targetEL: EL; taken: boolean }> }
  | { kind: 'sync'; decision: Decision<{ targetEL: EL; undefinedInstruction: boolean }> };

export function isInterrupt(kind: ExceptionKind): kind is InterruptKind {
  return (INTERRUPT_KINDS as readonly string[]).includes(kind);
}

/** The core's default state, fetched once from the worker. */
export function useDefaultState(rules: RulesClient): [PeState | null, (s: PeState) => void] {
  const [state, setState] = useState<PeState | null>(null);
  useEffect(() => {
    let live = true;
    rules.defaultState().then((s) => {
      if (live) setState((prev) => prev ?? s);
    });
    return () => {
      live = false;
    };
  }, [rules]);
  return [state, setState];
}

/** Where `kind` goes in `state`, asked of the worker; the latest request wins. */
export function useRouting(
  rules: RulesClient,
  state: PeState | null,
  kind: ExceptionKind,
): { answer: Answer | null; error: string | null } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!state) return;
    let live = true;
    const request: Promise<Answer> = isInterrupt(kind)
      ? rules.interruptTarget(state, kind).then((decision) => ({ kind: 'interrupt', decision }))
      : rules.syncExceptionTarget(state, kind).then((decision) => ({ kind: 'sync', decision }));
    request.then(
      (a) => {
        if (!live) return;
        setAnswer(a);
        setError(null);
      },
      (e: unknown) => {
        if (!live) return;
        setAnswer(null);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [rules, state, kind]);
  return { answer, error };
}

/** The last worker restart, if any, for the status line. */
export function useWorkerRestarts(rules: RulesClient): RestartEvent | null {
  const [last, setLast] = useState<RestartEvent | null>(null);
  useEffect(() => rules.subscribe(setLast), [rules]);
  return last;
}
