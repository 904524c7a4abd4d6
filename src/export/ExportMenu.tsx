// "Export" menu button: Download SVG / Download PNG (2×). Menu keys: ↑/↓ move, Escape
// closes and returns to the button; the presenter keys stay out while it is open.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../app/icons';
import { useUi } from '../store/ui';
import { STRINGS } from './strings';
import './toolbar.css';

export function ExportMenu() {
  const lang = useUi((s) => s.lang);
  const t = STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

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

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const go = (j: number) => items[(j + items.length) % items.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        go(i + 1);
        break;
      case 'ArrowUp':
        go(i - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(items.length - 1);
        break;
      case 'Escape':
        setOpen(false);
        button.current?.focus();
        break;
      case 'Tab':
        setOpen(false);
        return;
      case ' ':
        e.stopPropagation();
        return;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
          if (e.key === ' ') e.stopPropagation();
        }}
        onKeyUp={(e) => e.key === ' ' && e.stopPropagation()}
      >
        <Icon name="download" />
        <span className="label">{t.export}</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label={t.export} className="menu" onKeyDown={onMenuKey}>
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run('svg')}>
            {t.svg}
          </button>
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run('png')}>
            {t.png}
          </button>
        </div>
      )}
      {error && (
        <p className="export-error" role="alert">
          {t.failed(error)}
        </p>
      )}
    </div>
  );
}
