// The frame every panel shares: a named landmark region with a heading and optional actions.
import type { ReactNode } from 'react';
import './panel.css';

export interface PanelProps {
  id: string;
  /** The accessible name and the visible heading (already in the UI language). */
  label: string;
  children: ReactNode;
  /** Controls shown at the right of the heading (e.g. a flow switch). */
  actions?: ReactNode;
  className?: string;
}

export function Panel({ id, label, children, actions, className }: PanelProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-label={label} className={className ? `panel ${className}` : 'panel'}>
      <header className="panel-head">
        <h2 id={headingId} className="panel-title">
          {label}
        </h2>
        {actions ? <div className="panel-actions">{actions}</div> : null}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
