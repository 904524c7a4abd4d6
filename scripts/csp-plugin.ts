// Adds a Content-Security-Policy to the built page: only the app's own scripts, styles,
// worker and images (data:/blob: for PNG export); no other origin. Build only: Vite's dev
// server injects inline scripts for hot reload.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { GATE_SCRIPT } from './prerender/gate.ts';

/** The one inline script (the prerender's gate), allowed by its hash. */
const GATE_HASH = `'sha256-${createHash('sha256').update(GATE_SCRIPT).digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${GATE_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'vhe-lab-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
