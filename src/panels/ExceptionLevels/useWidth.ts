// The rendered width of an element, so the diagram is laid out at (about) real pixels and
// its text stays legible; clamped so a phone gets a scaled-down full picture.
import { type RefObject, useEffect, useState } from 'react';

export function useWidth(ref: RefObject<HTMLElement | null>, min: number, max: number, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? fallback;
      // Whole 20-unit steps: a resize by a pixel or two does not re-layout every box.
      setWidth(Math.max(min, Math.min(max, Math.round(w / 20) * 20)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, min, max, fallback]);
  return width;
}
