// The header's "Embed" button. The dialog it opens (snippet builder) is rarely used, so its
// code loads on the first click; until then only the button is in the first chunk.
import { lazy, Suspense, useRef, useState } from 'react';
import { messages, useLang } from '../i18n';
import { Icon } from '../panels/common/icons';

const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

export function EmbedTool() {
  const lang = useLang((s) => s.lang);
  const opener = useRef<HTMLButtonElement>(null);
  const [opens, setOpens] = useState(0);
  return (
    <>
      <button ref={opener} type="button" className="tool" aria-haspopup="dialog" onClick={() => setOpens((n) => n + 1)}>
        <Icon name="embed" />
        <span className="label">{messages(lang).shell.embed}</span>
      </button>
      {opens > 0 && (
        <Suspense fallback={null}>
          <EmbedDialog opens={opens} opener={opener} />
        </Suspense>
      )}
    </>
  );
}
