// The scenario's challenges, under the predict card when no question is open: each goal,
// whether it was met (recorded from the recomputed run by the gate), a way to the step, and
// the Bits panel where the what-ifs are flipped.
import { useId } from 'react';
import type { predict } from '../i18n/en/predict';
import type { Lang } from '../i18n/lang';
import { openWing } from '../store/stage';
import { useUi } from '../store/ui';
import { send, useWorld } from '../store/world';
import { type Challenge, challengesFor } from './challenges';
import { usePredict } from './store';

export function Challenges({ t, lang }: { t: typeof predict; lang: Lang }) {
  const headingId = useId();
  const scenario = useWorld((s) => s.scenario?.id);
  const met = usePredict((s) => (scenario ? s.met[scenario] : undefined));
  const list = challengesFor(scenario);
  if (list.length === 0) return null;

  const goTo = (c: Challenge) => {
    useUi.getState().setFlow(c.flow);
    send({ type: 'GOTO', step: c.step });
  };
  const openBits = () => {
    openWing('bits');
    // Keyboard users land on the Bits tab, one Tab away from the switches.
    requestAnimationFrame(() => document.getElementById('wing-tab-bits')?.focus());
  };

  return (
    <section className="predict-challenges" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.challenges}</h3>
      <p className="muted">{t.challengeIntro}</p>
      <ul>
        {list.map((c) => {
          const done = met?.includes(c.id) ?? false;
          return (
            <li key={c.id} className={done ? 'challenge met' : 'challenge'}>
              <span className="challenge-status">
                <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
                {done ? t.met : t.notMet}
              </span>
              <span className="challenge-goal">{c.text[lang]}</span>
              <button type="button" onClick={() => goTo(c)}>
                {t.goToStep(c.step)}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={openBits}>
        {t.openBits}
      </button>
    </section>
  );
}
