// "Embed": a modal dialog (native <dialog> + showModal, so focus is trapped and Escape
// closes) that writes the <iframe> snippet for the current view, for slides and course pages.
// Loaded on the first click of its button (EmbedTool); each click bumps `opens`.
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { PANELS } from '../embed/panels';
import { embedSnippet, embedUrl } from '../embed/snippet';
import { UI } from '../i18n/ui';
import { PANEL_IDS, type PanelId } from '../link/format';
import { pageAddress } from '../store/addressWriter';
import { useUi } from '../store/ui';
import { DEFAULT_PANELS } from '../store/url';
import { useWorld } from '../store/world';
import { copyText } from './clipboard';
import { EMBED_SIZES, EMBED_STRINGS } from './embedStrings';
import { SHELL } from './strings';
import './embed-dialog.css';

export function EmbedDialog({ opens, opener }: { opens: number; opener: RefObject<HTMLButtonElement | null> }) {
  const lang = useUi((s) => s.lang);
  const t = { ...SHELL[lang], ...EMBED_STRINGS[lang] };
  const names = UI[lang].panels;
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [panels, setPanels] = useState<PanelId[]>([...DEFAULT_PANELS]);
  const [size, setSize] = useState(0);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [search, setSearch] = useState('');
  const scenario = useWorld((s) => s.scenario);
  const ids = { title: useId(), help: useId(), size: useId(), snippet: useId() };

  // biome-ignore lint/correctness/useExhaustiveDependencies: each click (a new `opens`) shows it again
  useEffect(() => {
    // The address is the current state (useUrlSync); read it as the dialog opens.
    setSearch(pageAddress().pending() ?? window.location.search);
    setCopied('idle');
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [opens]);
  const close = () => dialog.current?.close();
  const toggle = (id: PanelId, on: boolean) =>
    // Keep the link's canonical order whatever order the boxes are ticked in.
    setPanels((now) => PANEL_IDS.filter((p) => (p === id ? on : now.includes(p))));

  const { w, h } = EMBED_SIZES[size] ?? EMBED_SIZES[0];
  const base = `${window.location.origin}${window.location.pathname}`;
  const title = scenario ? `VHE Lab: ${scenario.title[lang]}` : 'VHE Lab';
  const snippet = embedSnippet(embedUrl(base, search, panels.length ? panels : DEFAULT_PANELS), w, h, title);

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.help}
      // Back to the button that opened it (browsers differ in restoring focus themselves).
      onClose={() => opener.current?.focus()}
    >
      <div className="embed-form">
        <h2 id={ids.title}>{t.embedTitle}</h2>
        <p id={ids.help} className="muted">
          {t.embedHelp}
        </p>
        <fieldset className="embed-panels">
          <legend>{t.panels}</legend>
          {PANEL_IDS.map((id) => (
            <label key={id} className="check">
              <input type="checkbox" checked={panels.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
              {names[PANELS[id].name]}
            </label>
          ))}
        </fieldset>
        <div className="embed-size">
          <label htmlFor={ids.size}>{t.size}</label>
          <select id={ids.size} value={size} onChange={(e) => setSize(Number(e.target.value))}>
            {EMBED_SIZES.map((s, i) => (
              <option key={`${s.w}x${s.h}`} value={i}>
                {s.w} × {s.h}
              </option>
            ))}
          </select>
        </div>
        <label htmlFor={ids.snippet} className="embed-snippet-label">
          {t.snippet}
        </label>
        <textarea
          id={ids.snippet}
          ref={field}
          className="embed-snippet"
          readOnly
          rows={4}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="embed-actions">
          <span role="status" className="copy-status">
            {copied === 'copied' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
          </span>
          <button
            type="button"
            className="primary"
            onClick={async () => setCopied((await copyText(snippet, field.current)) ? 'copied' : 'failed')}
          >
            {t.copy}
          </button>
          <button type="button" onClick={close}>
            {t.close}
          </button>
        </div>
      </div>
    </dialog>
  );
}
