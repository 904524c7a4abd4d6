// What a shared link and a wrong link meet: an absolute picture for chat previews, and a
// real "not found" page. Build (and preview) only.
//
// VHE_SITE_URL (e.g. https://example.org/vhe-lab/) is where the build is deployed. Chat apps
// fetch og:image by absolute URL only, so with it the preview tags point there, and the
// 404 page links there; without it, they stay relative (og.png next to the page, "/").
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function notFoundPage(home: string): string {
  const href = home.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="color-scheme" content="light dark" />
    <meta name="robots" content="noindex" />
    <title>Page not found · VHE Lab</title>
    <style>
      body { font: 17px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 12vh auto; padding: 0 1.25rem; }
      a { font-weight: 600; }
    </style>
  </head>
  <body>
    <main>
      <h1>Page not found</h1>
      <p>There is nothing at this address. The simulator lives at one page; a lesson, a step and a language are in its link.</p>
      <p><a href="${href}">Open VHE Lab</a></p>
      <h2 lang="zh-Hans">找不到页面</h2>
      <p lang="zh-Hans">这个地址没有内容。模拟器只有一个页面，课程、步骤和语言都写在它的链接里。</p>
      <p lang="zh-Hans"><a href="${href}">打开 VHE Lab</a></p>
    </main>
  </body>
</html>
`;
}

export function sharePlugin(site = process.env.VHE_SITE_URL): Plugin {
  const base = site ? (site.endsWith('/') ? site : `${site}/`) : '';
  let outDir = 'dist';
  return {
    name: 'vhe-lab-share',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        base
          ? html
              .replaceAll('content="./og.png"', `content="${base}og.png"`)
              .replace(
                '<meta property="og:type"',
                `<meta property="og:url" content="${base}" />\n    <meta property="og:type"`,
              )
          : html,
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '404.html', source: notFoundPage(base || '/') });
    },
    // `vite preview` has no 404 page of its own: answer what it did not serve as a static host would.
    configurePreviewServer(server) {
      return () => {
        server.middlewares.use(async (req, res, next) => {
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          // Files (and folders with an index.html) are served by Vite after this.
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
          if (file.startsWith(outDir) && (await stat(file).catch(() => null))?.isFile()) return next();
          try {
            const page = await readFile(join(outDir, '404.html'));
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(page);
          } catch {
            next();
          }
        });
      };
    },
  };
}
