// The main view: the header, the playback bar, and the stage (the EL diagram and the
// narration, with the scenario's focus panel beside them: src/app/stage). ?embed=1 shows
// the chrome-less EmbedView.
import { lazy, Suspense } from 'react';
import { useEmbed } from '../embed/store';
import { messages, useLang } from '../i18n';
import { UpdateNotice } from '../offline/UpdateNotice';
import { usePresenter } from '../panels/common/presenter';
import { useRenderCount } from '../panels/common/renderCount';
import { CATALOGUE } from '../store/scenarios';
import { loadLinkCodec } from '../store/url';
import { Controls } from './Controls';
import { Header } from './Header';
import { useKeyboard } from './keyboard';
import { Notices } from './Notices';
import { SkipLink } from './stage/SkipLink';
import { Stage } from './stage/Stage';
import { useDocumentAttributes, useStartup, useUrlSync } from './useShell';

// Loaded only when used: the chrome-less embed view (?embed=1). The embed bar writes the
// share link (what-ifs included), so the link codec comes with it.
const EmbedView = lazy(() =>
  Promise.all([import('../embed/EmbedView'), loadLinkCodec()]).then(([m]) => ({ default: m.EmbedView })),
);

/**
 * The address and the document kept in step with the lesson: they hear every step and
 * what-if, so they live in this empty component and the shell around them does not re-render.
 */
function ShellSync() {
  useUrlSync();
  useDocumentAttributes();
  return null;
}

export function App() {
  useRenderCount('App');
  const lang = useLang((s) => s.lang);
  const embed = useEmbed((s) => s.embed);
  const [notices, dismiss] = useStartup();
  useKeyboard();
  usePresenter();

  if (embed)
    return (
      <>
        <ShellSync />
        <Suspense fallback={null}>
          <EmbedView notices={<Notices url={notices} dismiss={dismiss} />} />
        </Suspense>
      </>
    );

  return (
    <div className="app stage-app">
      <ShellSync />
      <SkipLink />
      <Header />
      <main className="main">
        <Notices url={notices} dismiss={dismiss} />
        <UpdateNotice />
        {CATALOGUE.length === 0 ? (
          <p className="notice error">{messages(lang).ui.noScenarios}</p>
        ) : (
          <>
            <Controls />
            <Stage />
          </>
        )}
      </main>
    </div>
  );
}
