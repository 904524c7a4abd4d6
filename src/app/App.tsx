// The main view: the header, the playback controls, and the panels. The Exception levels
// diagram and the narration take the left (the lesson); the state panels sit beside it
// (one column, or a 2×2 grid on wide screens). ?embed=1 shows the chrome-less EmbedView.
import { lazy, Suspense } from 'react';
import { useEmbed } from '../embed/store';
import { UI } from '../i18n/ui';
import { UpdateNotice } from '../offline/UpdateNotice';
import { AddressSpacesPanel } from '../panels/AddressSpaces';
import { BitsPanel } from '../panels/Bits';
import { ExceptionLevelsPanel } from '../panels/ExceptionLevels';
import { NarrationPanel } from '../panels/Narration';
import { RedirectionPanel } from '../panels/Redirection';
import { RoutingPanel } from '../panels/Routing';
import { usePredict } from '../predict/store';
import { CATALOGUE } from '../store/scenarios';
import { useUi } from '../store/ui';
import { useWorld } from '../store/world';
import { Controls } from './Controls';
import { FlowPicker } from './FlowPicker';
import { Header } from './Header';
import { useKeyboard } from './keyboard';
import { Notices } from './Notices';
import { PanelBoundary } from './PanelBoundary';
import { useDocumentAttributes, useStartup, useUrlSync } from './useShell';

// Loaded only when used: the chrome-less embed view (?embed=1) and predict mode's card.
const EmbedView = lazy(() => import('../embed/EmbedView').then((m) => ({ default: m.EmbedView })));
const PredictCard = lazy(() => import('../panels/Predict').then((m) => ({ default: m.PredictCard })));

export function App() {
  const lang = useUi((s) => s.lang);
  const embed = useEmbed((s) => s.embed);
  const predicting = usePredict((s) => s.on);
  const [notices, dismiss] = useStartup();
  const p = UI[lang].panels;
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
          <p className="notice error">{UI[lang].noScenarios}</p>
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
                    <RoutingPanel />
                  </PanelBoundary>
                </div>
                <div className="stack">
                  <PanelBoundary name={p.redirection} resetKey={reset}>
                    <RedirectionPanel />
                  </PanelBoundary>
                  <PanelBoundary name={p.spaces} resetKey={reset}>
                    <AddressSpacesPanel />
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
