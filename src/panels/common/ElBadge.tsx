// An exception level as a small badge: the EL colour plus its name, never colour alone.
import type { EL } from '../../core';
import './panel.css';

export function ElBadge({ el, title }: { el: EL; title?: string }) {
  return (
    <span className={`el-badge el-badge-${el}`} data-el={el} title={title}>
      EL{el}
    </span>
  );
}
