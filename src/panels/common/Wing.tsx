// A state panel below the first screen (a "wing"): its code and CSS load when it comes near
// the viewport, when the page is printed, or once the first view has settled, not with the
// first view. Until then a placeholder of about its height, named like the panel, holds its
// place so nothing shifts and assistive technology still lists the region.
import { type ComponentType, type LazyExoticComponent, Suspense, useEffect, useRef, useState } from 'react';

/** How long after the page's load event the wings load anyway (the first view is drawn). */
const SETTLE_MS = 2000;

let settled = false;
const waiting = new Set<() => void>();
function settle() {
  settled = true;
  for (const run of waiting) run();
  waiting.clear();
}
if (typeof window !== 'undefined') {
  const idle = () =>
    window.setTimeout(
      () => ('requestIdleCallback' in window ? window.requestIdleCallback(settle, { timeout: 2000 }) : settle()),
      SETTLE_MS,
    );
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  window.addEventListener('beforeprint', settle, { once: true });
}

interface Props {
  /** The panel's name, in the UI language (the placeholder's accessible name). */
  name: string;
  Panel: LazyExoticComponent<ComponentType>;
}

export function Wing({ name, Panel }: Props) {
  const [shown, setShown] = useState(settled);
  const place = useRef<HTMLElement>(null);
  useEffect(() => {
    if (shown) return;
    const show = () => setShown(true);
    waiting.add(show);
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: '100% 0px',
    });
    if (place.current) near.observe(place.current);
    return () => {
      waiting.delete(show);
      near.disconnect();
    };
  }, [shown]);
  const placeholder = <section ref={place} className="panel wing-pending" aria-label={name} aria-busy="true" />;
  if (!shown) return placeholder;
  return (
    <Suspense fallback={<section className="panel wing-pending" aria-label={name} aria-busy="true" />}>
      <Panel />
    </Suspense>
  );
}
