// "Open scenario": a native modal <dialog> with a file picker, drag and drop onto the
// dialog, and a JSON text area. Problems are listed next to the text (JSON path and the
// schema's message, or the line and column where the JSON breaks).
import { type FormEvent, type KeyboardEvent, type RefObject, useId, useRef, useState } from 'react';
import { trace as traceEn } from '../i18n/en/trace';
import { Modal } from '../panels/common/Modal';
import type { ScenarioProblem } from '../scenario/load';
import { loadCustomScenario, openCustom, playCustom, removeCustom, useCustom } from './api';
import { FileRow } from './FileRow';
import { onFileChosen, useFileDrop } from './fileDrop';
import { type JsonErrorPlace, jsonErrorAt } from './jsonError';
import { type Handover, TracePanel } from './TracePanel';
import { looksLikeTrace } from './traceDetect';
import './dialog.css';
import { featureMessages, messages, useLang } from '../i18n';
import { openDialog } from '../i18n/en/openDialog';

const MAX_CHARS = 1_000_000;

type Errors =
  | { kind: 'json'; place: JsonErrorPlace }
  | { kind: 'schema'; problems: ScenarioProblem[] }
  | { kind: 'other'; message: string };

/** Keys pressed in the dialog are the dialog's: the presenter keys behind it stay still. */
const own = (e: KeyboardEvent) => e.stopPropagation();

export interface OpenDialogProps {
  open: boolean;
  onClose(): void;
  /** Focus returns here when the dialog closes. */
  opener: RefObject<HTMLElement | null>;
}

export function OpenDialog({ open, onClose, opener }: OpenDialogProps) {
  const lang = useLang((s) => s.lang);
  const t = { ...messages(lang).custom, ...featureMessages(lang, 'openDialog', openDialog) };
  const traceWords = featureMessages(lang, 'trace', traceEn);
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Errors | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = useCustom((s) => s.entries);
  const ids = { title: useId(), intro: useId(), area: useId(), errors: useId(), tabs: useId() };
  // A QEMU log given to the scenario tab (file, drop or paste) opens in the trace tab.
  const [tab, setTab] = useState<'scenario' | 'trace'>('scenario');
  const [handover, setHandover] = useState<Handover | null>(null);
  const toTrace = (log: File | string, name: string) => {
    setTab('trace');
    setHandover((h) => ({ log, name, seq: (h?.seq ?? 0) + 1 }));
  };

  const submit = async (source: string, name: string) => {
    setErrors(null);
    if (looksLikeTrace(source)) {
      toTrace(source, name);
      return;
    }
    if (source.length > MAX_CHARS) {
      setErrors({ kind: 'other', message: t.tooBig(Math.round(source.length / 1000)) });
      return;
    }
    const place = jsonErrorAt(source);
    if (place) {
      setErrors({ kind: 'json', place });
      return;
    }
    setBusy(true);
    try {
      const result = await loadCustomScenario(JSON.parse(source), name);
      if (result.ok) {
        playCustom(result.scenario);
        onClose();
      } else setErrors({ kind: 'schema', problems: result.problems });
    } catch (err) {
      setErrors({ kind: 'other', message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  const openFile = async (file: File) => {
    if (looksLikeTrace(await file.slice(0, 4096).text())) {
      toTrace(file, file.name);
      return;
    }
    if (file.size > MAX_CHARS * 4) {
      setErrors({ kind: 'other', message: t.tooBig(Math.round(file.size / 1000)) });
      return;
    }
    try {
      const content = await file.text();
      setText(content);
      await submit(content, file.name);
    } catch (err) {
      setErrors({ kind: 'other', message: t.readFailed(err instanceof Error ? err.message : String(err)) });
    }
  };

  const { dragging, dropTarget } = useFileDrop((file) => void openFile(file), setText);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(text, messages(lang).steps.pasted);
  };

  const showAt = (pos: number) => {
    const a = area.current;
    if (!a) return;
    a.focus();
    a.setSelectionRange(pos, Math.min(pos + 1, a.value.length));
  };

  return (
    <Modal
      open={open}
      opener={opener}
      className={dragging ? 'open-dialog dragging' : 'open-dialog'}
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      onClose={onClose}
      onKeyDown={own}
      onKeyUp={own}
      {...dropTarget}
    >
      <div className="open-head">
        <h2 id={ids.title}>{t.title}</h2>
        <button type="button" className="close" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <div role="tablist" className="open-tabs" aria-labelledby={ids.title}>
        {(['scenario', 'trace'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`${ids.tabs}-${k}`}
            aria-selected={tab === k}
            aria-controls={`${ids.tabs}-${k}-panel`}
            onClick={() => setTab(k)}
          >
            {k === 'scenario' ? traceWords.tabScenario : traceWords.tabTrace}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${ids.tabs}-trace-panel`}
        aria-labelledby={`${ids.tabs}-trace`}
        hidden={tab !== 'trace'}
      >
        <TracePanel handover={handover} onClose={onClose} />
      </div>
      <div
        role="tabpanel"
        id={`${ids.tabs}-scenario-panel`}
        aria-labelledby={`${ids.tabs}-scenario`}
        hidden={tab !== 'scenario'}
      >
        <form onSubmit={onSubmit} className="open-form">
          <p id={ids.intro} className="muted">
            {t.intro}
          </p>
          <FileRow
            label={t.file}
            accept=".json,application/json"
            onChange={onFileChosen((file) => void openFile(file))}
          />
          <p className="drop-hint" aria-hidden={!dragging}>
            {t.drop}
          </p>
          <label htmlFor={ids.area} className="area-label">
            {t.paste}
          </label>
          <div className="text-and-errors">
            <textarea
              ref={area}
              id={ids.area}
              value={text}
              rows={12}
              spellCheck={false}
              autoComplete="off"
              placeholder={t.placeholder}
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? ids.errors : undefined}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSubmit(e);
              }}
            />
            {errors && (
              <div id={ids.errors} className="open-errors" role="alert">
                {errors.kind === 'json' && (
                  <>
                    <p>{t.notJson(errors.place.line, errors.place.column, errors.place.pos)}</p>
                    <button type="button" onClick={() => showAt(errors.place.pos)}>
                      {t.showInText}
                    </button>
                  </>
                )}
                {errors.kind === 'schema' && (
                  <>
                    <p>{t.problems(errors.problems.length)}</p>
                    <ul className="problems">
                      {errors.problems.map((p) => (
                        <li key={`${p.path}:${p.message}`}>
                          <code>{p.path}</code> <span lang="en">{p.message}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {errors.kind === 'other' && <p>{errors.message}</p>}
              </div>
            )}
          </div>
          <div className="open-actions">
            <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
              {t.check}
            </button>
          </div>
        </form>
        <section className="saved" aria-labelledby={`${ids.title}-saved`}>
          <h3 id={`${ids.title}-saved`}>{t.saved}</h3>
          {saved.length === 0 ? (
            <p className="muted">{t.noneSaved}</p>
          ) : (
            <ul>
              {saved.map((e) => (
                <li key={e.id}>
                  <span className="saved-title">{e.scenario.title[lang]}</span>
                  <span className="muted saved-name">{e.name}</span>
                  <span className="saved-buttons">
                    <button
                      type="button"
                      aria-label={t.playLabel(e.scenario.title[lang])}
                      onClick={() => void openCustom(e.id).then(onClose)}
                    >
                      {t.play}
                    </button>
                    <button
                      type="button"
                      aria-label={t.removeLabel(e.scenario.title[lang])}
                      onClick={() => removeCustom(e.id)}
                    >
                      {t.remove}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Modal>
  );
}
