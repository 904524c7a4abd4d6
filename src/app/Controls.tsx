// Playback: previous / play-pause / next / restart, the speed, and the timeline scrubber
// with one tick per step (ticks are for the mouse; the slider is the keyboard's way in).
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { messages, useLang } from '../i18n';
import { eventLabel } from '../i18n/ruleText';
import { SPEEDS_MS } from '../machine/timeline';
import { Icon } from '../panels/common/icons';
import { useRenderCount } from '../panels/common/renderCount';
import { TimelineStrip } from '../panels/Timeline/TimelineStrip';
import { usePredict } from '../predict/store';
import { useAction, useAriaKeys } from '../store/actions';
import { nextStep, send, steppable, useWorld } from '../store/world';

// The shortcuts help loads on its first opening.
const ShortcutsHelp = lazy(() => import('./ShortcutsHelp').then((m) => ({ default: m.ShortcutsHelp })));

const SPEED_LABELS: Record<number, string> = { 2400: '0.5×', 1200: '1×', 600: '2×', 300: '4×' };

/** The event of step n (1-based) of the first flow that has one, in the UI language. */
function useStepLabels(): string[] {
  const lang = useLang((s) => s.lang);
  const scenario = useWorld((s) => s.scenario);
  if (!scenario) return [];
  const total = Math.max(...scenario.flows.map((f) => f.steps.length));
  return Array.from({ length: total }, (_, i) => {
    const flow = scenario.flows.find((f) => f.steps[i]);
    const step = flow?.steps[i];
    if (!flow || !step) return '';
    const name = (id: string) => flow.actors.find((a) => a.id === id)?.name[lang] ?? id;
    return eventLabel(step.event, lang, name);
  });
}

export function Controls() {
  useRenderCount('Controls');
  const lang = useLang((s) => s.lang);
  const predicting = usePredict((s) => s.on);
  const t = messages(lang).ui;
  const { step, total, playing, speedMs, ready } = useWorld(
    useShallow((s) => ({
      step: s.step,
      total: s.total,
      playing: s.playing,
      speedMs: s.speedMs,
      // Through a what-if's recompute too: the flip to "computing" re-renders nothing here.
      ready: steppable(s),
    })),
  );
  const labels = useStepLabels();
  const speedId = useId();
  const stepId = useId();
  const what = step > 0 ? (labels[step - 1] ?? '') : t.start;
  const helpOpener = useRef<HTMLButtonElement>(null);
  const [help, setHelp] = useState<'never' | 'open' | 'closed'>('never');
  useAction('help', () => setHelp('open'));
  const keys = {
    help: useAriaKeys('help'),
    previous: useAriaKeys('previous'),
    play: useAriaKeys('play'),
    next: useAriaKeys('next'),
    restart: useAriaKeys('restart'),
  };

  return (
    <fieldset className="controls" aria-label={t.controls}>
      <div className="buttons">
        <button
          type="button"
          aria-keyshortcuts={keys.previous}
          onClick={() => send({ type: 'PREV' })}
          disabled={!ready || step === 0}
        >
          <Icon name="prev" />
          <span>{t.previous}</span>
        </button>
        <button
          type="button"
          className="primary play"
          aria-keyshortcuts={keys.play}
          onClick={() => send({ type: 'TOGGLE_PLAY' })}
          disabled={!ready || total === 0}
        >
          <Icon name={playing ? 'pause' : 'play'} />
          <span>{playing ? t.pause : t.play}</span>
        </button>
        <button type="button" aria-keyshortcuts={keys.next} onClick={nextStep} disabled={!ready || step >= total}>
          <span>{t.next}</span>
          <Icon name="next" />
        </button>
        <button
          type="button"
          aria-keyshortcuts={keys.restart}
          onClick={() => send({ type: 'RESTART' })}
          disabled={!ready}
        >
          <Icon name="restart" />
          <span>{t.restart}</span>
        </button>
        <div className="speed">
          <label htmlFor={speedId}>{t.speed}</label>
          <select id={speedId} value={speedMs} onChange={(e) => send({ type: 'SPEED', ms: Number(e.target.value) })}>
            {SPEEDS_MS.map((ms) => (
              <option key={ms} value={ms}>
                {SPEED_LABELS[ms] ?? `${ms} ms`}
              </option>
            ))}
          </select>
        </div>
        <output className="step-count" htmlFor={stepId} aria-live="off">
          {t.stepOf(step, total)}
        </output>
        {/* The keys beside the controls they drive (the header has no room left). */}
        <button
          ref={helpOpener}
          type="button"
          className="tool shortcuts-button"
          aria-haspopup="dialog"
          aria-keyshortcuts={keys.help}
          aria-label={t.shortcuts}
          title={t.shortcuts}
          onClick={() => setHelp('open')}
        >
          <Icon name="keyboard" />
        </button>
        {help !== 'never' && (
          <Suspense fallback={null}>
            <ShortcutsHelp open={help === 'open'} opener={helpOpener} onClose={() => setHelp('closed')} />
          </Suspense>
        )}
      </div>
      <div className="timeline">
        <label htmlFor={stepId} className="visually-hidden">
          {t.step}
        </label>
        <input
          id={stepId}
          type="range"
          min={0}
          max={total}
          step={1}
          value={step}
          disabled={!ready}
          aria-valuetext={t.stepValue(step, total, what)}
          onChange={(e) => send({ type: 'GOTO', step: Number(e.target.value) })}
        />
        {/* Predict mode: the strip shows only what has played (the rest gives answers away). */}
        <TimelineStrip pastOnly={predicting} />
        <ol className="ticks" aria-hidden="true">
          {Array.from({ length: total + 1 }, (_, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one tick per step position
            <li key={n}>
              <button
                type="button"
                tabIndex={-1}
                className={n === step ? 'tick current' : n < step ? 'tick done' : 'tick'}
                title={n === 0 ? t.start : `${n}. ${labels[n - 1] ?? ''}`}
                onClick={() => send({ type: 'GOTO', step: n })}
                disabled={!ready}
              />
            </li>
          ))}
        </ol>
      </div>
    </fieldset>
  );
}
