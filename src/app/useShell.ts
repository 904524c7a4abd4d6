// The shell's side effects: read the address once, keep it and <html> in step with the
// lesson, and hear about rules-worker restarts.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { customApi } from '../custom';
import { traceSourceOf } from '../custom/traceSource';
import { useEmbed } from '../embed/store';
import { langTag, messages, useLang } from '../i18n';
import { showClaim } from '../predict/store';
import { pageAddress } from '../store/addressWriter';
import { CATALOGUE, DEFAULT_SCENARIO, openScenario, useScenarios } from '../store/scenarios';
import { useUi } from '../store/ui';
import { canParse, canWrite, loadLinkCodec, parseUrl, type UrlNotice, type UrlState, urlFor } from '../store/url';
import { useWorld } from '../store/world';
import type { RestartEvent } from '../worker/client';
import { rules } from '../worker/rules';

/** Opens what an address asks for; resolves to what could not be followed. */
async function follow(search: string, first: boolean): Promise<UrlNotice[]> {
  // A payload (what-ifs, a custom scenario, a trace) needs lz-string: loaded only then.
  if (!canParse(search)) await loadLinkCodec();
  const req = parseUrl(search, CATALOGUE, DEFAULT_SCENARIO);
  // A link's language and theme apply to its view; they are not the reader's own settings.
  await useUi.getState().applyLink({ lang: req.lang, theme: req.theme });
  if (first) useEmbed.setState({ embed: req.embed, panels: req.panels });
  // A shared score is shown apart as the sender's claim; the reader's own score is untouched.
  showClaim(req.claim ? { ...req.claim, scenario: req.scenario } : null);
  if (!CATALOGUE.length) return req.notices;
  if (req.trace !== undefined) {
    // A QEMU trace: the worker turns it into its scenario again (src/custom/trace.ts).
    const { loadTraceModule } = await import('../custom/traceLoader');
    const id = /^qemu-trace-[a-z0-9-]+$/.test(req.scenario) ? req.scenario : undefined;
    const problems = await (await loadTraceModule()).openTraceLink(req.trace, id, req.step, req.overrides);
    if (!problems) return req.notices;
    await openScenario(DEFAULT_SCENARIO);
    return [...req.notices, { kind: 'bad-custom', problems: problems.length }];
  }
  if (req.custom !== undefined) {
    const problems = await (await customApi()).openCustomScenario(req.custom, req.step, req.overrides);
    if (!problems) return req.notices;
    await openScenario(DEFAULT_SCENARIO);
    return [...req.notices, { kind: 'bad-custom', problems: problems.length }];
  }
  await openScenario(req.scenario, req.step, req.overrides);
  return req.notices;
}

let startup: Promise<UrlNotice[]> | null = null;
/** The next address write replaces the entry (the scenario came from the history itself). */
let restoring = false;

/**
 * Starts opening what the address asks for, once per page. main.tsx calls it before React's
 * first render, so the scenario and its validator download while the page renders.
 */
export function beginStartup(): Promise<UrlNotice[]> {
  startup ??= follow(window.location.search, true);
  return startup;
}

/** Opens what the address asks for (once per page, StrictMode included); returns its notices. */
export function useStartup(): [UrlNotice[], () => void] {
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  useEffect(() => {
    startup = beginStartup();
    let live = true;
    void startup.then((n) => live && setNotices(n));
    // Back/Forward across scenarios (each scenario change made a history entry).
    const onPop = () => {
      restoring = true;
      void follow(window.location.search, false).then((n) => live && setNotices(n));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      live = false;
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return [notices, () => setNotices([])];
}

let shownScenario: string | null = null;

/**
 * Keeps the address equal to what is shown, so copying it shares exactly this view:
 * replaceState as the lesson moves, a new history entry only when the scenario changes.
 */
export function useUrlSync(): void {
  const { scenario, step, overrides } = useWorld(
    useShallow((s) => ({ scenario: s.scenario, step: s.step, overrides: s.overrides })),
  );
  const custom = useScenarios((s) => s.custom);
  const lang = useLang((s) => s.lang);
  const theme = useUi((s) => s.theme);
  const fromLink = useUi((s) => s.fromLink);
  const { embed, panels } = useEmbed();
  const [codecReady, setCodecReady] = useState(false);
  useEffect(() => {
    // Nothing is shown until the first scenario is loaded: keep the address as it came.
    if (!scenario) return;
    const id = scenario.id;
    const isCustom = !CATALOGUE.includes(id) && custom?.id === id;
    const trace = isCustom ? traceSourceOf(id) : undefined;
    const state: UrlState = {
      scenario: id,
      step,
      // Only what the link set on purpose: a shared link leaves the receiver's own settings be.
      ...(fromLink.lang ? { lang } : {}),
      ...(fromLink.theme ? { theme } : {}),
      embed,
      panels,
      overrides,
      ...(isCustom ? { custom } : {}),
      ...(trace ? { trace } : {}),
    };
    // The first what-if (or custom scenario) loads the payload's codec, then writes: the
    // address writer is throttled anyway, and Copy link reads the address after this.
    if (!(codecReady || canWrite(state))) {
      void loadLinkCodec().then(() => setCodecReady(true));
      return;
    }
    const next = urlFor(state);
    const push = shownScenario !== null && shownScenario !== id && !restoring;
    if (shownScenario !== id) restoring = false;
    shownScenario = id;
    const address = pageAddress();
    if (next === (address.pending() ?? window.location.search)) return;
    if (push) address.push(next);
    else address.replace(next);
  }, [scenario, step, overrides, custom, lang, theme, fromLink, embed, panels, codecReady]);
}

/** The title, <html lang>, data-theme and the large-text switch, for CSS and screen readers. */
export function useDocumentAttributes(): void {
  const lang = useLang((s) => s.lang);
  const theme = useUi((s) => s.theme);
  const large = useUi((s) => s.largeText);
  const embed = useEmbed((s) => s.embed);
  const title = useWorld((s) => s.scenario?.title[lang]);
  const step = useWorld((s) => s.step);
  const total = useWorld((s) => s.total);
  useEffect(() => {
    // The tab, the history and a bookmark name the lesson, and the step (issue 11 §5).
    document.title = title ? `${title} · ${messages(lang).ui.stepOf(step, total)} · VHE Lab` : 'VHE Lab';
  }, [title, lang, step, total]);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = langTag(lang);
    root.dataset.theme = theme;
    // The browser's own bars match the page, whichever theme the reader picked.
    for (const meta of document.querySelectorAll('meta[name="theme-color"]')) {
      meta.setAttribute('content', theme === 'dark' ? '#0f1217' : '#f4f6f9');
    }
    root.dataset.largeText = large ? 'on' : 'off';
    root.dataset.embed = embed ? 'on' : 'off';
  }, [lang, theme, large, embed]);
}

/** The last rules-worker restart, if any, for the status line. */
export function useWorkerRestarts(): RestartEvent | null {
  const [last, setLast] = useState<RestartEvent | null>(null);
  useEffect(() => rules.subscribe(setLast), []);
  return last;
}
