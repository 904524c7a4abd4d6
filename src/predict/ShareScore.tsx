// "Share my score": a link to this scenario carrying the score (link format v3's `k`), which
// opens as the sender's claim, shown apart from the receiver's own score (SharedScore.tsx).
import { useId, useRef, useState } from 'react';
import type { predict } from '../i18n/en/predict';
import { copyText } from '../panels/common/clipboard';
import { loadLinkCodec } from '../store/url';
import type { Score } from './questions';

type Result = 'idle' | 'copied' | 'failed';

export function ShareScore(p: { t: typeof predict; scenario: string; score: Score; met: number; challenges: number }) {
  const { t } = p;
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const [href, setHref] = useState('');
  const [result, setResult] = useState<Result>('idle');

  const share = async () => {
    const { encodeLink } = await loadLinkCodec();
    const query = encodeLink({
      scenario: p.scenario,
      claim: { correct: p.score.correct, asked: p.score.asked, met: p.met, challenges: p.challenges },
    });
    const link = `${window.location.origin}${window.location.pathname}?${query}`;
    setHref(link);
    if (field.current) field.current.value = link;
    setResult((await copyText(link, field.current)) ? 'copied' : 'failed');
  };

  return (
    <div className="predict-share">
      <button type="button" onClick={() => void share()} disabled={p.score.asked === 0 && p.met === 0}>
        {t.share}
      </button>
      {href && (
        <>
          <label htmlFor={fieldId} className="visually-hidden">
            {t.shareField}
          </label>
          <input id={fieldId} ref={field} className="predict-share-field" readOnly defaultValue={href} />
        </>
      )}
      <span role="status" className="predict-share-status">
        {result === 'copied' ? t.shareCopied : result === 'failed' ? t.shareFailed : ''}
      </span>
    </div>
  );
}
