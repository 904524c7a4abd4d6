// "Copy link": the address bar always holds the current state (useUrlSync), so the link to
// share is simply location.href.
import { useEffect, useId, useRef, useState } from 'react';
import { pageAddress } from '../store/addressWriter';
import { useUi } from '../store/ui';
import { copyText } from './clipboard';
import { Icon } from './icons';
import { SHELL } from './strings';

type Result = 'idle' | 'copied' | 'failed';

export function CopyLink() {
  const lang = useUi((s) => s.lang);
  const t = SHELL[lang];
  const field = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<Result>('idle');
  const [href, setHref] = useState('');
  const fieldId = useId();

  useEffect(() => {
    if (result !== 'copied') return;
    const timer = window.setTimeout(() => setResult('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    pageAddress().flush(); // the address may wait behind the history throttle
    const link = window.location.href;
    setHref(link);
    if (field.current) field.current.value = link;
    setResult((await copyText(link, field.current)) ? 'copied' : 'failed');
  };

  return (
    <div className="copy-link">
      <button type="button" className="tool" onClick={() => void copy()}>
        <Icon name="link" />
        <span className="label">{t.copyLink}</span>
      </button>
      {/* The fallback: shown and selected when the clipboard refuses. */}
      <label htmlFor={fieldId} className="visually-hidden">
        {t.linkField}
      </label>
      <input
        id={fieldId}
        ref={field}
        className={result === 'failed' ? 'link-field' : 'link-field visually-hidden'}
        readOnly
        tabIndex={result === 'failed' ? 0 : -1}
        defaultValue={href}
      />
      <span role="status" className="copy-status">
        {result === 'copied' ? t.linkCopied : result === 'failed' ? t.copyFailed : ''}
      </span>
    </div>
  );
}
