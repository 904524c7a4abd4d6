// A score someone shared by link: shown read-only, labelled as the sender's claim, beside
// (never in) the reader's own score, until dismissed.
import { featureMessages, useLang } from '../i18n';
import { predict } from '../i18n/en/predict';
import { useWorld } from '../store/world';
import { showClaim, usePredict } from './store';
import './predict.css';

export function SharedScore() {
  const lang = useLang((s) => s.lang);
  const t = featureMessages(lang, 'predict', predict);
  const claim = usePredict((s) => s.claim);
  const title = useWorld((s) => (s.scenario?.id === claim?.scenario ? s.scenario?.title[lang] : undefined));
  if (!claim) return null;
  return (
    <section className="notice predict-claim" aria-label={t.sharedTitle}>
      <p>
        <strong>{t.sharedTitle}: </strong>
        {t.sharedScore(title ?? claim.scenario, claim.correct, claim.asked, claim.met, claim.challenges)}{' '}
        <span className="muted">{t.sharedNote}</span>
      </p>
      <button type="button" onClick={() => showClaim(null)}>
        {t.dismiss}
      </button>
    </section>
  );
}
