// (f) Lighthouse (performance, accessibility, best practices) against the preview server,
// with Debian's Chromium. chrome-launcher (Lighthouse's own launcher) starts and kills it.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH } from './browser';

export interface LighthouseFigures {
  preset: 'desktop' | 'mobile';
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Audits that cost points, for the report (id: score). */
  failing: Record<string, number>;
  metrics: Record<string, number>;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
];

export async function runLighthouse(url: string, preset: 'desktop' | 'mobile'): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing: Record<string, number> = {};
    for (const cat of Object.values(categories)) {
      for (const ref of cat.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing[ref.id] = audit.score;
      }
    }
    const metrics: Record<string, number> = {};
    for (const id of METRICS) {
      const v = audits[id]?.numericValue;
      if (v !== undefined) metrics[id] = Math.round(v * 1000) / 1000;
    }
    return {
      preset,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      failing,
      metrics,
    };
  } finally {
    chrome.kill();
  }
}
