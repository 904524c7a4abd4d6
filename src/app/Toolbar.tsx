// The header's tool row: the Predict mode switch, the Export menu and "Open scenario". It
// also starts what those need: the predict-mode watch over Play, and the kept custom scenarios.
import { type KeyboardEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { initCustom } from '../custom/api';
import { STRINGS as CUSTOM } from '../custom/strings';
import { ExportMenu } from '../export/ExportMenu';
import { watchPlay } from '../predict/gate';
import { setPredictOn, usePredict } from '../predict/store';
import { SWITCH as PREDICT } from '../predict/switchStrings';
import { useUi } from '../store/ui';
import { Icon } from './icons';
import '../export/toolbar.css';

// Rarely opened: its code, strings and JSON error finder load on the first click.
const OpenDialog = lazy(() => import('../custom/OpenDialog').then((m) => ({ default: m.OpenDialog })));

/** Space presses a toolbar button rather than toggling play (the presenter key). */
const keepSpace = (e: KeyboardEvent) => {
  if (e.key === ' ') e.stopPropagation();
};

export function Toolbar() {
  const lang = useUi((s) => s.lang);
  const on = usePredict((s) => s.on);
  const [opening, setOpening] = useState(false);
  // Mounted from the first opening on, so what was typed stays for the next one.
  const [used, setUsed] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => watchPlay(), []);
  useEffect(() => {
    void initCustom();
  }, []);

  return (
    <div className="toolbar">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        className="switch"
        aria-label={PREDICT[lang].predictMode}
        onClick={() => setPredictOn(!on)}
      >
        <span className="knob" aria-hidden="true" />
        <span className="label">{PREDICT[lang].predict}</span>
      </button>
      <ExportMenu />
      <button
        ref={opener}
        type="button"
        onClick={() => {
          setUsed(true);
          setOpening(true);
        }}
        onKeyDown={keepSpace}
        onKeyUp={keepSpace}
      >
        <Icon name="upload" />
        <span className="label">{CUSTOM[lang].open}</span>
      </button>
      {used && (
        <Suspense fallback={null}>
          <OpenDialog
            open={opening}
            onClose={() => {
              setOpening(false);
              opener.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
