// "Copy link": the address bar always holds the current state (useUrlSync), so the link to
// share is simply location.href.
import { useEffect, useId, useRef, useState } from 'react';
import { messages, useLang } from '../i18n';
import { copyText } from '../panels/common/clipboard';
import { Icon } from '../panels/common/icons';
import { useAction, useAriaKeys } from '../store/actions';
import { pageAddress } from '../store/addressWriter';

type Result = 'idle' | 'copied' | 'failed';

export function CopyLink() {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).shell;
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

  useAction('copyLink', () => void copy());
  const keys = useAriaKeys('copyLink');

  return (
    <div className="copy-link">
      <button type="button" className="tool" aria-keyshortcuts={keys} onClick={() => void copy()}>
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
