// A static host for a build folder, as GitHub Pages or any plain web server serves it: files
// as they are, 404.html (status 404) for anything else. The tests can switch the folder (a new
// deploy), cut the network (offline) and, for the cross-engine suite, add one script of
// their own before the app's (it records errors; see capture.ts).
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  readonly port: number;
  /** Serves another folder from now on (a new deploy). */
  setRoot(dir: string): void;
  /** While offline, every request is dropped without an answer. */
  setOffline(offline: boolean): void;
  /** Paths requested so far. */
  readonly requests: string[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  port?: number;
  /** A script served at /__engines/capture.js and loaded first by every HTML page. */
  captureScript?: string;
}

export async function startStaticServer(o: StaticServerOptions): Promise<StaticServer> {
  let root = resolve(o.root);
  let offline = false;
  const sockets = new Set<Socket>();
  const requests: string[] = [];

  const file = async (path: string): Promise<Buffer | null> => {
    const full = normalize(join(root, path));
    if (!full.startsWith(root)) return null;
    try {
      const s = await stat(full);
      return s.isDirectory() ? file(join(path, 'index.html')) : await readFile(full);
    } catch {
      return null;
    }
  };

  const server: Server = createServer(async (req, res) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (o.captureScript !== undefined && path === '/__engines/capture.js') {
      res.writeHead(200, { 'Content-Type': TYPES['.js'] ?? '', 'Cache-Control': 'no-store' });
      res.end(o.captureScript);
      return;
    }
    let body = await file(path);
    let status = 200;
    let type = TYPES[extname(path.endsWith('/') ? 'index.html' : path)] ?? 'application/octet-stream';
    if (body === null) {
      body = await file('404.html');
      status = 404;
      type = TYPES['.html'] ?? '';
    }
    if (body === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (o.captureScript !== undefined && type.startsWith('text/html')) {
      // Before every other script, so errors during the first render are seen too.
      body = Buffer.from(
        body.toString('utf8').replace('<head>', '<head><script src="/__engines/capture.js"></script>'),
      );
    }
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    // Every address (IPv4 and IPv6): browsers may resolve localhost to either.
    server.listen(o.port ?? 0, () => ok());
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://localhost:${port}/`,
    port,
    requests,
    setRoot: (dir) => {
      root = resolve(dir);
    },
    setOffline: (on) => {
      offline = on;
      if (on) for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
