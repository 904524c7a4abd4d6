// "Embed": a modal dialog (native <dialog> + showModal, so focus is trapped and Escape
// closes) that writes the <iframe> snippet for the current view, for slides and course pages.
// Loaded on the first click of its button (EmbedTool), which holds `open`.
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { PANEL_IDS, type PanelId } from '../link/format';
import { copyText } from '../panels/common/clipboard';
import { Modal } from '../panels/common/Modal';
import { pageAddress } from '../store/addressWriter';
import { DEFAULT_PANELS } from '../store/url';
import { useWorld } from '../store/world';
import { PANELS } from './panels';
import { embedSnippet, embedUrl } from './snippet';
import './embed-dialog.css';
import { featureMessages, messages, useLang } from '../i18n';
import { embed } from '../i18n/en/embed';
import { EMBED_SIZES } from './sizes';

export interface EmbedDialogProps {
  open: boolean;
  onClose(): void;
  opener: RefObject<HTMLButtonElement | null>;
}

export function EmbedDialog({ open, onClose, opener }: EmbedDialogProps) {
  const lang = useLang((s) => s.lang);
  const t = { ...messages(lang).shell, ...featureMessages(lang, 'embed', embed) };
  const names = messages(lang).ui.panels;
  const field = useRef<HTMLTextAreaElement>(null);
  const [panels, setPanels] = useState<PanelId[]>([...DEFAULT_PANELS]);
  const [size, setSize] = useState(0);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [search, setSearch] = useState('');
  const scenario = useWorld((s) => s.scenario);
  const ids = { title: useId(), help: useId(), size: useId(), snippet: useId() };

  useEffect(() => {
    if (!open) return;
    // The address is the current state (useUrlSync); read it as the dialog opens.
    setSearch(pageAddress().pending() ?? window.location.search);
    setCopied('idle');
  }, [open]);
  const toggle = (id: PanelId, on: boolean) =>
    // Keep the link's canonical order whatever order the boxes are ticked in.
    setPanels((now) => PANEL_IDS.filter((p) => (p === id ? on : now.includes(p))));

  const { w, h } = EMBED_SIZES[size] ?? EMBED_SIZES[0];
  const base = `${window.location.origin}${window.location.pathname}`;
  const title = scenario ? `VHE Lab: ${scenario.title[lang]}` : 'VHE Lab';
  const snippet = embedSnippet(embedUrl(base, search, panels.length ? panels : DEFAULT_PANELS), w, h, title);

  return (
    <Modal
      open={open}
      onClose={onClose}
      opener={opener}
      className="embed-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.help}
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
          <button type="button" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </div>
    </Modal>
  );
}
