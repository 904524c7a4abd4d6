// (a) What the first visit downloads before the app can run: the entry script, its
// modulepreload links and the stylesheets named in index.html, each gzip -9. Chunks loaded
// later (scenarios, the validator, the worker) are not counted; the worker is reported apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialSize {
  files: { file: string; raw: number; gzip: number }[];
  gzipBytes: number;
  /** The rules worker starts at page load too, but on its own thread (information only). */
  workerGzipBytes: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** The local asset paths index.html loads up front. */
export function initialAssets(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag) && attr('type') === 'module';
    const rel = attr('rel')?.toLowerCase();
    const url = isScript ? attr('src') : rel === 'stylesheet' || rel === 'modulepreload' ? attr('href') : undefined;
    if (url && !/^[a-z]+:|^\/\//i.test(url)) found.push(url.replace(/^\.?\//, ''));
  }
  return [...new Set(found)];
}

export function initialSize(dist: string): InitialSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = initialAssets(html).map((file) => {
    const buf = readFileSync(join(dist, file));
    return { file, raw: buf.length, gzip: gz(buf) };
  });
  const worker = readdirSync(join(dist, 'assets')).find((f) => /worker.*\.js$/.test(f));
  return {
    files,
    gzipBytes: files.reduce((n, f) => n + f.gzip, 0),
    workerGzipBytes: worker ? gz(readFileSync(join(dist, 'assets', worker))) : 0,
  };
}
