// ?embed=1: the lesson without the app's chrome, for an iframe in a slide. Only the panels
// the link names, a compact playback bar, and a link out to the full app.
import type { ReactNode } from 'react';
import { PanelBoundary } from '../panels/common/PanelBoundary';
import { useWorld } from '../store/world';
import { EmbedBar } from './EmbedBar';
import { PANELS } from './panels';
import { useEmbed } from './store';
import './embed.css';
import { messages, useLang } from '../i18n';

export function EmbedView({ notices }: { notices: ReactNode }) {
  const lang = useLang((s) => s.lang);
  const panels = useEmbed((s) => s.panels);
  const reset = useWorld((s) => `${s.scenario?.id ?? ''}:${s.step}:${s.overrides.length}`);
  const names = messages(lang).ui.panels;

  return (
    // Clicking anywhere in the frame gives the frame focus, so the presenter keys reach it.
    <main className="embed" data-count={panels.length}>
      {notices}
      <div className="embed-panels-grid">
        {panels.map((id) => {
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
