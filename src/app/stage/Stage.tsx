// The stage: the EL diagram and the narration side by side, always seen together, with the
// scenario's focus panel beside them (the wings). Predict mode's card sits over the narration.
import { lazy, Suspense } from 'react';
import { messages, useLang } from '../../i18n';
import { PageHeading } from '../../panels/common/PageHeading';
import { StepBoundary } from '../../panels/common/PanelBoundary';
import { LeavePresenter } from '../../panels/common/PresenterButton';
import { ExceptionLevelsPanel } from '../../panels/ExceptionLevels';
import { NarrationPanel } from '../../panels/Narration';
import { usePredict } from '../../predict/store';
import { useStage } from '../../store/stage';
import { useUi } from '../../store/ui';
import { useWorld } from '../../store/world';
import { Wings } from './Wings';
import '../../panels/common/stage.css';
import { useRenderCount } from '../../panels/common/renderCount';

const PredictCard = lazy(() => import('../../predict/PredictCard').then((m) => ({ default: m.PredictCard })));

// The same elements at every render: the panels re-render for what they draw, not with the stage.
const LEVELS = <ExceptionLevelsPanel />;
const NARRATION = <NarrationPanel />;

export function Stage() {
  useRenderCount('Stage');
  const lang = useLang((s) => s.lang);
  const p = messages(lang).ui.panels;
  const predicting = usePredict((s) => s.on);
  const two = useWorld((s) => (s.scenario?.flows.length ?? 0) > 1);
  // A phone shows one of two flows at a time: the one the flow picker chose.
  const flow = useUi((s) => s.flow);
  const presenting = useStage((s) => s.presenter);
  return (
    <div className="stage-layout" data-flows={two ? 2 : 1} data-flow={flow}>
      {/* The skip link's target: focus lands here, then Tab goes on into the stage. */}
      <div className="stage" id="stage" tabIndex={-1}>
        <div className="stage-cell stage-diagram">
          <StepBoundary name={p.levels}>{LEVELS}</StepBoundary>
        </div>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard */}
        {/* biome-ignore lint/a11y/useSemanticElements: a scroll container named for screen readers, not a form group */}
        <div className="stage-cell stage-text" tabIndex={0} role="group" aria-label={p.narration}>
          {predicting && (
            <Suspense fallback={null}>
              <PredictCard />
            </Suspense>
          )}
          <StepBoundary name={p.narration}>{NARRATION}</StepBoundary>
        </div>
      </div>
      <Wings />
      {/* The header (and its h1) is hidden in presenter mode. */}
      {presenting && <PageHeading />}
      <LeavePresenter />
    </div>
  );
}
