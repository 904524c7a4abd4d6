// The Export menu's list, loaded on its first opening: ↑/↓/Home/End move, Escape closes and
// returns to the button, Tab or a click elsewhere closes; the presenter keys stay out.
import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import type { Messages } from '../i18n';
import './export-menu.css';

export interface ExportListProps {
  id: string;
  t: Messages['exporting'];
  button: RefObject<HTMLButtonElement | null>;
  onRun(kind: 'svg' | 'png'): void;
  /** Close the menu; `focus`: return to the button. */
  onClose(focus: boolean): void;
}

export function ExportList({ id, t, button, onRun, onClose }: ExportListProps) {
  const menu = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the list opens.
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) onClose(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, []);

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
        onClose(true);
        break;
      case 'Tab':
        onClose(false);
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
    <div ref={menu} id={id} role="menu" aria-label={t.export} className="menu" onKeyDown={onMenuKey}>
      <button type="button" role="menuitem" tabIndex={-1} onClick={() => onRun('svg')}>
        {t.svg}
      </button>
      <button type="button" role="menuitem" tabIndex={-1} onClick={() => onRun('png')}>
        {t.png}
      </button>
    </div>
  );
}
