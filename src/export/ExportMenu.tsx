// "Export" menu button: Download SVG / Download PNG (2×); the list (ExportList.tsx) loads
// on the first opening. Space presses the button, never the presenter keys.
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { messages, useLang } from '../i18n';
import { Icon } from '../panels/common/icons';
import { useAction, useAriaKeys } from '../store/actions';

// The list (its keys, its styles) loads on the first opening.
const ExportList = lazy(() => import('./ExportList').then((m) => ({ default: m.ExportList })));

export function ExportMenu() {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).exporting;
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  useAction('export', () => {
    setOpen(true);
    button.current?.focus();
  });
  const keys = useAriaKeys('export');

  const run = async (kind: 'svg' | 'png') => {
    setOpen(false);
    button.current?.focus();
    setError(null);
    try {
      // Loaded on first use: the export code is not part of the first screen.
      const { downloadPng, downloadSvg } = await import('./download');
      if (kind === 'svg') downloadSvg();
      else await downloadPng(2);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-keyshortcuts={keys}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Icon name="download" />
        <span className="label">{t.export}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportList
            id={menuId}
            t={t}
            button={button}
            onRun={(kind) => void run(kind)}
            onClose={(focus) => {
              setOpen(false);
              if (focus) button.current?.focus();
            }}
          />
        </Suspense>
      )}
      {error && (
        <p className="export-error" role="alert">
          {t.failed(error)}
        </p>
      )}
    </div>
  );
}
