// The lesson in words: where we are, what this step did and why (translated rules and
// sources), what-ifs in force, the running counts, and published costs.
import { useShallow } from 'zustand/react/shallow';
import type { Flow } from '../../scenario/schema';
import { send, useWorld, useWorldKept } from '../../store/world';
import { Panel } from '../common/Panel';
import { SourceList } from '../common/SourceList';
import { Counters } from './Counters';
import { FlowFinished } from './FlowFinished';
import { Measurements } from './Measurements';
import { StepStory } from './StepStory';
import './narration.css';
import { messages, useLang } from '../../i18n';
import { useRenderCount } from '../common/renderCount';

// The same elements at every render: the counts re-render for the counts, not with the story.
const COUNTS = (
  <>
    <Counters />
    <Measurements />
  </>
);

export function NarrationPanel() {
  useRenderCount('NarrationPanel');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).narration;
  const { scenario, step, total, overrides } = useWorld(
    useShallow((s) => ({
      scenario: s.scenario,
      step: s.step,
      total: s.total,
      overrides: s.overrides.length,
    })),
  );
  // What the stories draw of each flow's state, kept while equal.
  const flows = useWorldKept((s) => s.flows.map(({ last, counters }) => (last ? { last, counters } : { counters })));
  const two = (scenario?.flows.length ?? 0) > 1;

  return (
    <Panel id="narration" label={t.title} className="narration">
      {!scenario || flows.length === 0 ? (
        <p className="muted">{t.loading}</p>
      ) : (
        <>
          <p className="narration-where">
            <span className="step-pill">{t.stepOf(step, total)}</span>
            <span className="scenario-name">{scenario.title[lang]}</span>
          </p>
          {step === 0 ? (
            <div className="summary">
              <h3>{t.summary}</h3>
              <p className="story">{scenario.summary[lang]}</p>
              <SourceList sources={scenario.sources} label={t.scenarioSources} />
            </div>
          ) : (
            <div className={two ? 'stories two' : 'stories'}>
              {flows.map((snap, f) => {
                const flow = scenario.flows[f] as Flow;
                const title = two ? flow.title[lang] : undefined;
                // Past its last step a flow says it has finished (the other plays on).
                return step > flow.steps.length ? (
                  <FlowFinished key={flow.id} flow={flow} snap={snap} title={title} />
                ) : (
                  <StepStory key={flow.id} flow={flow} snap={snap} title={title} />
                );
              })}
            </div>
          )}
          {overrides > 0 && (
            <div className="what-ifs" role="note">
              <span>{t.whatIfs(overrides)}</span>
              <button type="button" onClick={() => send({ type: 'CLEAR_OVERRIDES' })}>
                {t.clearWhatIfs}
              </button>
            </div>
          )}
          {COUNTS}
        </>
      )}
    </Panel>
  );
}
