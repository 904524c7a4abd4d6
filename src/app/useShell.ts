// The shell's side effects: read the address once, keep it and <html> in step with the
// lesson, and hear about rules-worker restarts.
import { useEffect, useState } from 'react';
import { CATALOGUE, DEFAULT_SCENARIO, openScenario, useScenarios } from '../store/scenarios';
import { useUi } from '../store/ui';
import { parseUrl, type UrlNotice, urlFor } from '../store/url';
import { useWorld } from '../store/world';
import type { RestartEvent } from '../worker/client';
import { rules } from './rules';

let started: UrlNotice[] | null = null;

/** Opens what the address asks for (once per page, StrictMode included); returns its notices. */
export function useStartup(): [UrlNotice[], () => void] {
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  useEffect(() => {
    if (!started) {
      const req = parseUrl(window.location.search, CATALOGUE, DEFAULT_SCENARIO);
      const ui = useUi.getState();
      if (req.lang) ui.setLang(req.lang);
      if (req.theme) ui.setTheme(req.theme);
      started = req.notices;
      if (CATALOGUE.length) void openScenario(req.scenario, req.step);
    }
    setNotices(started);
  }, []);
  return [notices, () => setNotices([])];
}

/** Keeps ?scenario&step&lang&theme current without adding history entries. */
export function useUrlSync(): void {
  const scenario = useScenarios((s) => s.selected);
  const step = useWorld((s) => s.step);
  const lang = useUi((s) => s.lang);
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    const next = urlFor(window.location.search, { scenario, step, lang, theme });
    if (next !== window.location.search) window.history.replaceState(window.history.state, '', next);
  }, [scenario, step, lang, theme]);
}

/** <html lang>, data-theme and the large-text switch, for CSS and screen readers. */
export function useDocumentAttributes(): void {
  const lang = useUi((s) => s.lang);
  const theme = useUi((s) => s.theme);
  const large = useUi((s) => s.largeText);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    root.dataset.theme = theme;
    root.dataset.largeText = large ? 'on' : 'off';
  }, [lang, theme, large]);
}

/** The last rules-worker restart, if any, for the status line. */
export function useWorkerRestarts(): RestartEvent | null {
  const [last, setLast] = useState<RestartEvent | null>(null);
  useEffect(() => rules.subscribe(setLast), []);
  return last;
}
