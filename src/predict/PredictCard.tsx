// Predict mode's card, above the narration: the question the next step raises (radios, by
// keyboard: arrows pick, Enter checks), then the verdict with the rule that decides it;
// between questions, the scenario's challenges. The score (and "share my score") heads it.
import { type FormEvent, useEffect, useId, useRef } from 'react';
import { eventLabel } from '../i18n/ruleText';
import { BecauseList } from '../panels/common/BecauseList';
import { useWorld } from '../store/world';
import { continueAfterAnswer } from './gate';
import { scoreOf } from './questions';
import { check, choose, resetScore, usePredict } from './store';
import './predict.css';
import { featureMessages, useLang } from '../i18n';
import { predict } from '../i18n/en/predict';
import { Challenges } from './Challenges';
import { challengesFor } from './challenges';
import { instruction } from './instruction';
import { ShareScore } from './ShareScore';

export function PredictCard() {
  const lang = useLang((s) => s.lang);
  const t = featureMessages(lang, 'predict', predict);
  const on = usePredict((s) => s.on);
  const pending = usePredict((s) => s.pending);
  const scenario = useWorld((s) => s.scenario);
  const answers = usePredict((s) => (scenario ? s.answers[scenario.id] : undefined));
  const score = scoreOf(answers ?? {});
  const met = usePredict((s) => (scenario ? (s.met[scenario.id]?.length ?? 0) : 0));
  const challenges = challengesFor(scenario?.id).length;
  const name = useId();
  const headingId = useId();
  const firstRadio = useRef<HTMLInputElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const checkButton = useRef<HTMLButtonElement>(null);
  /** A pick brings Check into view: in a short narration cell it may sit below the fold. */
  const pick = (id: string) => {
    choose(id);
    requestAnimationFrame(() => checkButton.current?.scrollIntoView({ block: 'nearest' }));
  };
  const key = pending ? `${pending.scenario}:${pending.flow}:${pending.step}` : '';
  const checked = pending?.checked ?? false;

  // A new question takes the focus (the student answers at once); a verdict hands it to Next.
  useEffect(() => {
    if (key && !checked) firstRadio.current?.focus();
    if (key && checked) nextButton.current?.focus();
  }, [key, checked]);

  if (!on || !scenario) return null;

  const flow = pending ? scenario.flows[pending.flow] : undefined;
  const step = pending ? flow?.steps[pending.step] : undefined;
  const actorName = (id: string) => flow?.actors.find((a) => a.id === id)?.name[lang] ?? id;
  const label = (id: string) => {
    const c = pending?.question.choices.find((x) => x.id === id);
    return c && pending ? t.choice(c, pending.question) : id;
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    check();
  };
  const correct = pending?.checked ? pending.choice === pending.question.answer : null;

  return (
    <section className="predict-card" aria-labelledby={headingId}>
      <header className="predict-head">
        <h2 id={headingId} className="predict-title">
          {t.predictMode}
        </h2>
        <p className="predict-score" aria-live="polite">
          <span className="muted">{t.scoreLabel}: </span>
          <strong>{t.score(score.correct, score.asked)}</strong>
          {challenges > 0 && <span> · {t.challengesMet(met, challenges)}</span>}
        </p>
        <div className="predict-tools">
          <button
            type="button"
            className="predict-reset"
            onClick={() => resetScore(scenario.id)}
            disabled={score.asked === 0 && met === 0}
          >
            {t.resetScore}
          </button>
          <ShareScore t={t} scenario={scenario.id} score={score} met={met} challenges={challenges} />
        </div>
      </header>
      {!pending || !step ? (
        <>
          <p className="muted predict-hint">{t.hint}</p>
          <Challenges t={t} lang={lang} />
        </>
      ) : (
        <form onSubmit={onSubmit} className="predict-form">
          <p className="predict-who">
            {t.who(actorName(pending.actor), pending.el, eventLabel(step.event, lang, actorName))}
          </p>
          <p className="predict-question">{t.ask(pending.question, instruction(pending.question, pending.op))}</p>
          <div
            role="radiogroup"
            aria-label={t.yourPrediction}
            className="predict-choices"
            onKeyDown={(e) => {
              // Enter on a radio checks the answer (forms do not submit from radios everywhere).
              if (e.key === 'Enter') {
                e.preventDefault();
                check();
              }
            }}
          >
            {pending.question.choices.map((c, i) => {
              const isAnswer = pending.checked && c.id === pending.question.answer;
              const isWrongPick = pending.checked && c.id === pending.choice && !isAnswer;
              return (
                <label
                  key={c.id}
                  className={['choice', isAnswer ? 'answer' : '', isWrongPick ? 'wrong' : ''].filter(Boolean).join(' ')}
                >
                  <input
                    ref={i === 0 ? firstRadio : undefined}
                    type="radio"
                    name={name}
                    value={c.id}
                    checked={pending.choice === c.id}
                    disabled={pending.checked}
                    onChange={() => pick(c.id)}
                  />
                  <span className="choice-text">{t.choice(c, pending.question)}</span>
                  {isAnswer && <span aria-hidden="true"> ✓</span>}
                  {isWrongPick && <span aria-hidden="true"> ✗</span>}
                </label>
              );
            })}
          </div>
          {!pending.checked ? (
            <button ref={checkButton} type="submit" className="primary" disabled={pending.choice === null}>
              {t.check}
            </button>
          ) : (
            <div className={correct ? 'verdict right' : 'verdict wrong'} role="status">
              <p className="verdict-line">
                <span aria-hidden="true" className="verdict-icon">
                  {correct ? '✓' : '✗'}
                </span>{' '}
                <strong>{correct ? t.correct : t.incorrect}</strong>{' '}
                {correct
                  ? t.answerIs(label(pending.question.answer))
                  : t.answerWas(label(pending.question.answer), label(pending.choice ?? ''))}
              </p>
              <BecauseList because={pending.because} label={t.decidedBy} />
              <button ref={nextButton} type="button" className="primary" onClick={continueAfterAnswer}>
                {t.next}
              </button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
