// A cloned diagram leaves the page's stylesheet behind: copy each element's computed look
// (already resolved from the theme's custom properties) onto it as SVG presentation
// attributes, so the file looks like the screen in either theme. Attributes rather than
// style="" because the page's CSP refuses inline style attributes.

const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
  'visibility',
] as const;

/** Clones an on-screen SVG element with its computed presentation inlined. */
export function cloneWithStyles<T extends Element>(source: T): T {
  const copy = source.cloneNode(true) as T;
  inline(source, copy);
  return copy;
}

function inline(src: Element, dst: Element): void {
  const cs = getComputedStyle(src);
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v) dst.setAttribute(p, v);
  }
  if (cs.display === 'none') dst.setAttribute('display', 'none');
  dst.removeAttribute('class');
  const a = src.children;
  const b = dst.children;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const s = a[i];
    const d = b[i];
    if (s && d) inline(s, d);
  }
}
