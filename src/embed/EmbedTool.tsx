// The header's "Embed" button. The dialog it opens (snippet builder) is rarely used, so its
// code loads on the first click; until then only the button is in the first chunk.
import { lazy, Suspense, useRef, useState } from 'react';
import { messages, useLang } from '../i18n';
import { Icon } from '../panels/common/icons';
import { useAction, useAriaKeys } from '../store/actions';

const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

export function EmbedTool() {
  const lang = useLang((s) => s.lang);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on (its code loads then), shown while `open`.
  const [used, setUsed] = useState(false);
  const show = () => {
    setUsed(true);
    setOpen(true);
  };
  useAction('embed', show);
  const keys = useAriaKeys('embed');
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="tool"
        aria-haspopup="dialog"
        aria-keyshortcuts={keys}
        onClick={show}
      >
        <Icon name="embed" />
        <span className="label">{messages(lang).shell.embed}</span>
      </button>
      {used && (
        <Suspense fallback={null}>
          <EmbedDialog open={open} onClose={() => setOpen(false)} opener={opener} />
        </Suspense>
      )}
    </>
  );
}
