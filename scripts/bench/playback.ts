// (c) Frame times while the lesson plays at the fastest speed: requestAnimationFrame deltas
// and long tasks (PerformanceObserver 'longtask') over a few seconds of Play.
import type { Browser } from '@playwright/test';
import { openApp } from './browser';
import { percentile } from './stats';

export interface PlaybackFigures {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  longTasksMs: number[];
  stepsPlayed: number;
}

export async function playbackFrames(browser: Browser, base: string, durationMs: number): Promise<PlaybackFigures> {
  const page = await openApp(browser, base, 'scenario=type2-kvm-vhe');
  try {
    await page.getByLabel('Speed').selectOption('300'); // 4×
    const raw = await page.evaluate(async (duration) => {
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push(e.duration);
      });
      observer.observe({ type: 'longtask' });
      const stepText = () => document.querySelector('.step-count')?.textContent ?? '';
      const before = stepText();
      const button = (name: string) =>
        [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === name);
      const deltas: number[] = [];
      let steps = 0;
      let lastStep = before;
      await new Promise<void>((done) => {
        let last = performance.now();
        const end = last + duration;
        const frame = (now: number) => {
          deltas.push(now - last);
          last = now;
          const s = stepText();
          if (s !== lastStep) {
            steps++;
            lastStep = s;
          }
          if (now >= end) return done();
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        button('Play')?.click();
      });
      button('Pause')?.click();
      await new Promise((r) => setTimeout(r, 100)); // let the observer deliver the last entries
      observer.disconnect();
      return { deltas: deltas.slice(1), longTasks, steps };
    }, durationMs);
    return {
      frames: raw.deltas.length,
      p50Ms: percentile(raw.deltas, 50),
      p95Ms: percentile(raw.deltas, 95),
      maxMs: Math.max(...raw.deltas),
      longTasksMs: raw.longTasks,
      stepsPlayed: raw.steps,
    };
  } finally {
    await page.context().close();
  }
}
