// ?embed=1: the lesson without the app's chrome, for an iframe in a slide. With the EL
// diagram among the panels it is a small stage: the diagram scaled to the frame (every EL
// row visible), the narration as a caption under it, other panels beside it (from 700px)
// or after it; then a compact playback bar and a link out to the full app.
import type { ReactNode } from 'react';
import { PageHeading } from '../panels/common/PageHeading';
import { StepBoundary } from '../panels/common/PanelBoundary';
import { usePresenter } from '../panels/common/presenter';
import { ExceptionLevelsPanel } from '../panels/ExceptionLevels';
import { useUi } from '../store/ui';
import { useWorld } from '../store/world';
import { EmbedBar } from './EmbedBar';
import { EmbedCaption } from './EmbedCaption';
import { FlowSwitch } from './FlowSwitch';
import { useOneFlowAtATime } from './oneFlow';
import { PANELS } from './panels';
import { useEmbed } from './store';
import '../panels/common/stage.css';
import './embed.css';
import { messages, useLang } from '../i18n';

export function EmbedView({ notices }: { notices: ReactNode }) {
  const lang = useLang((s) => s.lang);
  const panels = useEmbed((s) => s.panels);
  const names = messages(lang).ui.panels;
  usePresenter();
  const count = useWorld((s) => s.scenario?.flows.length ?? 1);
  const picked = useUi((s) => s.flow);
  const one = useOneFlowAtATime(count);
  const only = one ? Math.min(picked, count - 1) : undefined;
  const staged = panels.includes('el');
  const cells = staged ? panels.filter((id) => id !== 'el' && id !== 'narration') : panels;

  return (
    // Clicking anywhere in the frame gives the frame focus, so the presenter keys reach it.
    <main className={staged ? 'embed staged' : 'embed'} data-count={staged ? cells.length + 1 : panels.length}>
      <PageHeading />
      {notices}
      <div className="embed-panels-grid">
        {staged && (
          <div className="embed-cell embed-el stage-diagram">
            {only !== undefined && <FlowSwitch shown={only} />}
            <StepBoundary name={names.levels}>
              <ExceptionLevelsPanel only={only} />
            </StepBoundary>
            {panels.includes('narration') && <EmbedCaption only={only} />}
          </div>
        )}
        {cells.map((id) => {
          const { Component, name } = PANELS[id];
          return (
            <div key={id} className={`embed-cell embed-${id}`}>
              <StepBoundary name={names[name]}>
                <Component />
              </StepBoundary>
            </div>
          );
        })}
      </div>
      <EmbedBar />
    </main>
  );
}
