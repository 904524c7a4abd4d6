// The "QEMU trace" tab of the Open dialog: a log by file, drop or paste (plus an optional
// nm symbol map), read in the worker with a progress bar. Problems are listed by line; a log
// that cannot be opened changes nothing on the page. Text only: nothing here is HTML.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { featureMessages, useLang } from '../i18n';
import { trace as traceEn } from '../i18n/en/trace';
import { FileRow } from './FileRow';
import { onFileChosen, useFileDrop } from './fileDrop';
import type { TraceProgress, TraceResult } from './trace';
import { loadTraceModule } from './traceLoader';

/** A log handed over by the scenario tab's format detection. */
export type Handover = { log: File | string; name: string; seq: number };

export function TracePanel({ handover, onClose }: { handover: Handover | null; onClose: () => void }) {
  const lang = useLang((s) => s.lang);
  const t = featureMessages(lang, 'trace', traceEn);
  const ids = { area: useId(), status: useId() };
  const [text, setText] = useState('');
  const [map, setMap] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<TraceProgress | null>(null);
  const [result, setResult] = useState<TraceResult | null>(null);
  const done = useRef<HTMLButtonElement>(null);

  const run = async (open: (p: (x: TraceProgress) => void) => Promise<TraceResult>) => {
    setBusy(true);
    setResult(null);
    setProgress(null);
    try {
      const r = await open(setProgress);
      setResult(r);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const openLog = (log: File | string, name: string) =>
    run(async (p) => (await loadTraceModule()).openTraceInput({ log, name, ...(map ? { map } : {}) }, p));
  const openSample = (p: (x: TraceProgress) => void) => loadTraceModule().then((m) => m.openSample(p));
  const download = (data: unknown, name: string) => void loadTraceModule().then((m) => m.downloadScenario(data, name));

  // biome-ignore lint/correctness/useExhaustiveDependencies: opens each handover once
  useEffect(() => {
    if (handover) void openLog(handover.log, handover.name);
  }, [handover?.seq]);
  useEffect(() => {
    if (result?.ok) done.current?.focus();
  }, [result]);

  const openLogFile = (file: File) => void openLog(file, file.name);
  const { dragging, dropTarget } = useFileDrop(openLogFile, setText, true);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void openLog(text, t.pasted);
  };

  const pct = progress?.total ? Math.round((100 * progress.bytes) / progress.total) : 0;
  const problems = result ? result.problems : [];
  const more = result?.ok ? result.moreProblems : 0;

  return (
    // The drop target is the whole tab; the file input is the accessible way in.
    <div className={dragging ? 'trace-panel dragging' : 'trace-panel'} {...dropTarget}>
      <form onSubmit={onSubmit} className="open-form" aria-busy={busy}>
        <p className="muted">{t.intro}</p>
        <FileRow
          label={t.mapFile}
          accept=".map,.txt,.sym,text/plain"
          onChange={(e) => setMap(e.target.files?.[0] ?? null)}
        />
        <FileRow label={t.logFile} accept=".log,.txt,text/plain" disabled={busy} onChange={onFileChosen(openLogFile)} />
        <p className="drop-hint" aria-hidden={!dragging}>
          {t.drop}
        </p>
        <label htmlFor={ids.area} className="area-label">
          {t.paste}
        </label>
        <textarea
          id={ids.area}
          value={text}
          rows={8}
          spellCheck={false}
          autoComplete="off"
          placeholder={t.placeholder}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="open-actions">
          <button type="button" disabled={busy} onClick={() => void run(openSample)}>
            {t.sample}
          </button>
          <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
            {t.open}
          </button>
        </div>
      </form>
      <div id={ids.status} className="trace-status" role="status" aria-live="polite">
        {busy && (
          <p>
            <progress max={100} value={progress?.phase === 'explaining' ? 100 : pct} aria-label={t.progress} />{' '}
            {progress?.phase === 'explaining' ? t.explaining(progress.lines) : t.reading(progress?.lines ?? 0, pct)}
          </p>
        )}
        {result?.ok && (
          <>
            <p className="trace-opened">{t.opened(result)}</p>
            {result.stopped && <p>{t.stopped(result)}</p>}
            <p className="open-actions">
              <button type="button" onClick={() => download(result.scenario, result.name)}>
                {t.download}
              </button>
              <button ref={done} type="button" className="primary" onClick={onClose}>
                {t.show}
              </button>
            </p>
          </>
        )}
      </div>
      {result && !result.ok && (
        <div className="open-errors trace-errors" role="alert">
          <p>{t.failed(result)}</p>
        </div>
      )}
      {problems.length > 0 && (
        <div className="trace-problems">
          <p>{t.problems(problems.length + more)}</p>
          <ul className="problems">
            {problems.map((p) => (
              <li key={`${p.line}:${p.code}`}>{t.problem(p)}</li>
            ))}
          </ul>
          {more > 0 && <p>{t.more(more)}</p>}
        </div>
      )}
    </div>
  );
}
