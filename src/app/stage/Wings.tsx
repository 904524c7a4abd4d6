// Beside the stage: the scenario's focus panel, and a tab for every other panel (keys 1–5
// open them too), so nothing is ever more than one click or key away.
import { type KeyboardEvent, Suspense, useEffect, useMemo, useRef } from 'react';
import { messages, useLang } from '../../i18n';
import { Icon } from '../../panels/common/icons';
import { StepBoundary } from '../../panels/common/PanelBoundary';
import { useRenderCount } from '../../panels/common/renderCount';
import { usePredict } from '../../predict/store';
import type { FocusPanel } from '../../scenario/focus';
import { useKeys } from '../../store/actions';
import { openWing, useStage } from '../../store/stage';
import { useWorld } from '../../store/world';
import { FlowPicker } from '../FlowPicker';
import { typing } from '../keyboard';
import { CostBars } from './CostBars';
import { focusOf, WINGS, wingOrder } from './wings';

/** The panels that would show a predict question's answer before it is given. */
const REVEALING: ReadonlySet<FocusPanel> = new Set(['routing', 'redirect', 'address', 'registers']);

export function Wings() {
  useRenderCount('Wings');
  const lang = useLang((s) => s.lang);
  const names = messages(lang).ui.panels;
  const t = messages(lang).stage;
  const scenario = useWorld((s) => s.scenario);
  const focus = focusOf(scenario);
  const order = wingOrder(focus);
  const chosen = useStage((s) => s.wing);
  const selected: FocusPanel = chosen && order.includes(chosen) ? chosen : (focus[0] ?? 'bits');
  const id = scenario?.id;

  // Another scenario opens on its own focus panel (the first one keeps a tab picked early).
  const shown = useRef(id);
  useEffect(() => {
    if (shown.current && id !== shown.current) openWing(null);
    shown.current = id;
  }, [id]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || typing(e.target)) return;
      // Digits are character keys: they obey the reader's switch for those (WCAG 2.1.4).
      if (!useKeys.getState().characterKeys) return;
      const n = Number(e.key);
      const wing = Number.isInteger(n) && n >= 1 ? order[n - 1] : undefined;
      if (!wing) return;
      e.preventDefault();
      openWing(wing);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [order]);

  // The tabs pattern: arrows move along the tabs and open the one they reach.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    const to =
      e.key === 'Home' ? 0 : e.key === 'End' ? order.length - 1 : step ? (i + step + order.length) % order.length : -1;
    if (to < 0) return;
    e.preventDefault();
    e.stopPropagation();
    const next = order[to];
    if (!next) return;
    openWing(next);
    document.getElementById(`wing-tab-${next}`)?.focus();
  };

  // While a predict-mode question waits for its answer, panels that compute the answer from
  // the current state (where an exception goes, which register a name reaches...) are veiled.
  const asking = usePredict((s) => s.on && !!s.pending && !s.pending.checked);
  const veiled = asking && REVEALING.has(selected);
  const { Component, name } = WINGS[selected];
  // One element per panel shown: the wings re-render (a tab, predict's veil) without it.
  const panel = useMemo(() => <Component />, [Component]);
  return (
    <aside className="wings" aria-label={t.wings}>
      <div role="tablist" aria-label={t.wings} className="wing-tabs" title={t.wingKeys(order.length)}>
        {order.map((w, i) => (
          <button
            key={w}
            id={`wing-tab-${w}`}
            type="button"
            role="tab"
            aria-selected={w === selected}
            aria-controls="wing-panel"
            tabIndex={w === selected ? 0 : -1}
            className={focus.includes(w) ? 'wing-tab focus' : 'wing-tab'}
            onClick={() => openWing(w)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the kbd is not focusable; its key is in the button's name */}
            <kbd aria-hidden="true">{i + 1}</kbd>
            <span title={names[WINGS[w].name]}>{t.tabs[w]}</span>
            {focus.includes(w) && <span className="visually-hidden"> ({t.focusMark})</span>}
          </button>
        ))}
      </div>
      <FlowPicker />
      <div
        role="tabpanel"
        id="wing-panel"
        aria-labelledby={`wing-tab-${selected}`}
        className="wing-panel"
        data-wing={selected}
        // Scrollable content must be reachable by keyboard (axe: scrollable-region-focusable).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: axe's scrollable-region-focusable needs it
        tabIndex={0}
      >
        {/* Two flows: what each has cost so far, above the panel (it scrolls with it). */}
        <CostBars />
        {veiled ? (
          <div className="wing-veil" role="note">
            <Icon name="hourglass" /> {t.veiled(names[name])}
          </div>
        ) : (
          <StepBoundary name={names[name]}>
            {/* Some wings load on first show (wings.ts): a named, busy placeholder until then. */}
            {/* Until a lesson is here its focus is unknown: no panel is fetched for nothing. */}
            <Suspense fallback={<section className="panel wing-pending" aria-label={names[name]} aria-busy="true" />}>
              {scenario ? panel : <section className="panel wing-pending" aria-label={names[name]} aria-busy="true" />}
            </Suspense>
          </StepBoundary>
        )}
      </div>
    </aside>
  );
}
