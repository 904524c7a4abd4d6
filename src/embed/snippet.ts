// The <iframe> snippet the Embed dialog offers. Built as text for a read-only field (the
// page never injects it), with attribute values escaped for whoever pastes it.
import type { PanelId } from '../link/format';

const attr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed address: the share link of `search` with embed=1 and the panels, at `base`. */
export function embedUrl(base: string, search: string, panels: readonly PanelId[]): string {
  const q = new URLSearchParams(search);
  q.delete('embed');
  q.delete('panels');
  q.set('embed', '1');
  q.set('panels', panels.join(','));
  // Commas read better than %2C and are legal in a query.
  return `${base}?${q.toString().replace(/%2C/g, ',')}`;
}

/**
 * The src keeps its "&" as typed (a query's "&name=" is never read as a character reference
 * inside an attribute), so lecturers see the link they know; quotes are still escaped.
 */
export function embedSnippet(src: string, width: number, height: number, title: string): string {
  return `<iframe src="${src.replace(/"/g, '%22')}" width="${width}" height="${height}" title="${attr(title)}" loading="lazy" allow="clipboard-write"></iframe>`;
}
