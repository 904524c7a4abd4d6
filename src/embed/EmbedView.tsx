// ?embed=1: the lesson without the app's chrome, for an iframe in a slide. With the EL
// diagram among the panels it is a small stage: the diagram scaled to the frame (every EL
// row visible), the narration as a caption under it, other panels beside it (from 700px)
// or after it; then a compact playback bar and a link out to the full app.
import type { ReactNode } from 'react';
import { PanelBoundary } from '../app/PanelBoundary';
import { PageHeading } from '../app/stage/PageHeading';
import { usePresenter } from '../app/stage/presenter';
import { UI } from '../i18n/ui';
import { ExceptionLevelsPanel } from '../panels/ExceptionLevels';
import { useUi } from '../store/ui';
import { useWorld } from '../store/world';
import { EmbedBar } from './EmbedBar';
import { EmbedCaption } from './EmbedCaption';
import { PANELS } from './panels';
import { useEmbed } from './store';
import '../app/stage/stage.css';
import './embed.css';

export function EmbedView({ notices }: { notices: ReactNode }) {
  const lang = useUi((s) => s.lang);
  const panels = useEmbed((s) => s.panels);
  const reset = useWorld((s) => `${s.scenario?.id ?? ''}:${s.step}:${s.overrides.length}`);
  const names = UI[lang].panels;
  usePresenter();
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
            <PanelBoundary name={names.levels} resetKey={reset}>
              <ExceptionLevelsPanel />
            </PanelBoundary>
            {panels.includes('narration') && <EmbedCaption />}
          </div>
        )}
        {cells.map((id) => {
          const { Component, name } = PANELS[id];
          return (
            <div key={id} className={`embed-cell embed-${id}`}>
              <PanelBoundary name={names[name]} resetKey={reset}>
                <Component />
              </PanelBoundary>
            </div>
          );
        })}
      </div>
      <EmbedBar />
    </main>
  );
}
