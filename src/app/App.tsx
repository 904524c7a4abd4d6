// The main view: the header, the playback controls, and the panels. The Exception levels
// diagram and the narration take the left (the lesson); the state panels stack on the right.
import { UI } from '../i18n/ui';
import { AddressSpacesPanel } from '../panels/AddressSpaces';
import { BitsPanel } from '../panels/Bits';
import { ExceptionLevelsPanel } from '../panels/ExceptionLevels';
import { NarrationPanel } from '../panels/Narration';
import { RedirectionPanel } from '../panels/Redirection';
import { RoutingPanel } from '../panels/Routing';
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

export function App() {
  const lang = useUi((s) => s.lang);
  const [notices, dismiss] = useStartup();
  const p = UI[lang].panels;
  // A failed panel retries on the next step or scenario.
  const reset = useWorld((s) => `${s.scenario?.id ?? ''}:${s.step}:${s.overrides.length}`);
  useUrlSync();
  useDocumentAttributes();
  useKeyboard();

  return (
    <div className="app">
      <Header />
      <main className="main">
        <Notices url={notices} dismiss={dismiss} />
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
                <PanelBoundary name={p.narration} resetKey={reset}>
                  <NarrationPanel />
                </PanelBoundary>
              </div>
              <div className="state">
                <FlowPicker />
                <PanelBoundary name={p.bits} resetKey={reset}>
                  <BitsPanel />
                </PanelBoundary>
                <PanelBoundary name={p.routing} resetKey={reset}>
                  <RoutingPanel />
                </PanelBoundary>
                <PanelBoundary name={p.redirection} resetKey={reset}>
                  <RedirectionPanel />
                </PanelBoundary>
                <PanelBoundary name={p.spaces} resetKey={reset}>
                  <AddressSpacesPanel />
                </PanelBoundary>
              </div>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
