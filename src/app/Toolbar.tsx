// The header's tool row: the Predict mode switch, the Export menu and "Open scenario". It
// also loads predict mode's gate when the mode is on.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ExportMenu } from '../export/ExportMenu';
import { messages, useLang } from '../i18n';
import { Icon } from '../panels/common/icons';
import { setPredictOn, usePredict } from '../predict/store';
import { useAction, useAriaKeys } from '../store/actions';
import { nextStep, setNextHold } from '../store/world';
import './toolbar.css';

// Rarely opened: its code, strings and JSON error finder load on the first click.
const OpenDialog = lazy(() => import('../custom/OpenDialog').then((m) => ({ default: m.OpenDialog })));

export function Toolbar() {
  const lang = useLang((s) => s.lang);
  const on = usePredict((s) => s.on);
  const [opening, setOpening] = useState(false);
  // Mounted from the first opening on, so what was typed stays for the next one.
  const [used, setUsed] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const openDialog = () => {
    setUsed(true);
    setOpening(true);
  };
  useAction('open', openDialog);
  useAction('predict', () => setPredictOn(!usePredict.getState().on));
  const keys = { predict: useAriaKeys('predict'), open: useAriaKeys('open') };

  // The gate (and its questions) load with predict mode, not with the first view.
  useEffect(() => {
    if (!on) return;
    let stop: (() => void) | null = null;
    let live = true;
    // A Next pressed while the gate loads waits for it, then asks its question.
    let queued = false;
    const wait = setNextHold(() => {
      queued = true;
    }, 'all');
    void import('../predict/gate').then((gate) => {
      wait.release();
      if (!live) return;
      stop = gate.startGate();
      if (queued) nextStep();
    });
    return () => {
      live = false;
      wait.release();
      stop?.();
    };
  }, [on]);

  return (
    <div className="toolbar">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        className="switch"
        aria-label={messages(lang).predictSwitch.predictMode}
        aria-keyshortcuts={keys.predict}
        onClick={() => setPredictOn(!on)}
      >
        <span className="knob" aria-hidden="true" />
        <span className="label">{messages(lang).predictSwitch.predict}</span>
      </button>
      <ExportMenu />
      <button ref={opener} type="button" aria-keyshortcuts={keys.open} onClick={openDialog}>
        <Icon name="upload" />
        <span className="label">{messages(lang).custom.open}</span>
      </button>
      {used && (
        <Suspense fallback={null}>
          <OpenDialog open={opening} opener={opener} onClose={() => setOpening(false)} />
        </Suspense>
      )}
    </div>
  );
}
