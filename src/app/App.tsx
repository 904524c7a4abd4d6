// The main view: the header, the playback controls, and the panels. The Exception levels
// diagram and the narration take the left (the lesson); the state panels sit beside it
// (one column, or a 2×2 grid on wide screens). ?embed=1 shows the chrome-less EmbedView.
import { lazy, Suspense } from 'react';
import { useEmbed } from '../embed/store';
import { messages, useLang } from '../i18n';
import { UpdateNotice } from '../offline/UpdateNotice';
import { BitsPanel } from '../panels/Bits';
import { PanelBoundary } from '../panels/common/PanelBoundary';
import { Wing } from '../panels/common/Wing';
import { ExceptionLevelsPanel } from '../panels/ExceptionLevels';
import { NarrationPanel } from '../panels/Narration';
import { usePredict } from '../predict/store';
import { CATALOGUE } from '../store/scenarios';
import { loadLinkCodec } from '../store/url';
import { useWorld } from '../store/world';
import { Controls } from './Controls';
import { FlowPicker } from './FlowPicker';
import { Header } from './Header';
import { useKeyboard } from './keyboard';
import { Notices } from './Notices';
import { useDocumentAttributes, useStartup, useUrlSync } from './useShell';

// Loaded only when used: the chrome-less embed view (?embed=1) and predict mode's card.
// The embed bar writes the share link (what-ifs included), so the link codec comes with it.
const EmbedView = lazy(() =>
  Promise.all([import('../embed/EmbedView'), loadLinkCodec()]).then(([m]) => ({ default: m.EmbedView })),
);
// The wings below the first screen load near the viewport or once the first view is drawn.
const RoutingPanel = lazy(() => import('../panels/Routing').then((m) => ({ default: m.RoutingPanel })));
const RedirectionPanel = lazy(() => import('../panels/Redirection').then((m) => ({ default: m.RedirectionPanel })));
const AddressSpacesPanel = lazy(() =>
  import('../panels/AddressSpaces').then((m) => ({ default: m.AddressSpacesPanel })),
);
const PredictCard = lazy(() => import('../predict/PredictCard').then((m) => ({ default: m.PredictCard })));

export function App() {
  const lang = useLang((s) => s.lang);
  const embed = useEmbed((s) => s.embed);
  const predicting = usePredict((s) => s.on);
  const [notices, dismiss] = useStartup();
  const p = messages(lang).ui.panels;
  // A failed panel retries on the next step or scenario.
  const reset = useWorld((s) => `${s.scenario?.id ?? ''}:${s.step}:${s.overrides.length}`);
  useUrlSync();
  useDocumentAttributes();
  useKeyboard();

  if (embed)
    return (
      <Suspense fallback={null}>
        <EmbedView notices={<Notices url={notices} dismiss={dismiss} />} />
      </Suspense>
    );

  return (
    <div className="app">
      <Header />
      <main className="main">
        <Notices url={notices} dismiss={dismiss} />
        <UpdateNotice />
        {CATALOGUE.length === 0 ? (
          <p className="notice error">{messages(lang).ui.noScenarios}</p>
        ) : (
          <>
            <Controls />
            <div className="grid">
              <div className="lesson">
                <PanelBoundary name={p.levels} resetKey={reset}>
                  <ExceptionLevelsPanel />
                </PanelBoundary>
                {predicting && (
                  <Suspense fallback={null}>
                    <PredictCard />
                  </Suspense>
                )}
                <PanelBoundary name={p.narration} resetKey={reset}>
                  <NarrationPanel />
                </PanelBoundary>
              </div>
              <div className="state">
                <FlowPicker />
                {/* Two stacks: side by side on wide screens, one column (display: contents) below. */}
                <div className="stack">
                  <PanelBoundary name={p.bits} resetKey={reset}>
                    <BitsPanel />
                  </PanelBoundary>
                  <PanelBoundary name={p.routing} resetKey={reset}>
                    <Wing name={p.routing} Panel={RoutingPanel} />
                  </PanelBoundary>
                </div>
                <div className="stack">
                  <PanelBoundary name={p.redirection} resetKey={reset}>
                    <Wing name={p.redirection} Panel={RedirectionPanel} />
                  </PanelBoundary>
                  <PanelBoundary name={p.spaces} resetKey={reset}>
                    <Wing name={p.spaces} Panel={AddressSpacesPanel} />
                  </PanelBoundary>
                </div>
              </div>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
