// `vite preview` servers for the bench, in this process so they can never outlive it:
// every server is closed in `finally`, and on SIGINT/SIGTERM before the process exits.
import { type PreviewServer, preview } from 'vite';

const open = new Set<PreviewServer>();

async function closeAll(): Promise<void> {
  await Promise.allSettled([...open].map((s) => s.close()));
  open.clear();
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    void closeAll().finally(() => process.exit(130));
  });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `outDir` with vite preview on `port`. `configFile` false serves a plain folder (the
 * blank app); otherwise the project's vite.config.ts applies, as for users.
 */
export async function serve(opts: { root: string; outDir: string; port: number; configFile?: false }): Promise<Served> {
  const server = await preview({
    root: opts.root,
    configFile: opts.configFile,
    logLevel: 'warn',
    build: { outDir: opts.outDir },
    preview: { port: opts.port, strictPort: true, host: 'localhost', open: false },
  });
  open.add(server);
  return {
    url: `http://localhost:${opts.port}/`,
    close: async () => {
      open.delete(server);
      await server.close();
    },
  };
}

export { closeAll };
