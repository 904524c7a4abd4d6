// The heart of the lesson: who runs at which exception level, and how control moves.
// Two-flow scenarios (nVHE vs VHE) are drawn as small multiples, side by side when there is room.
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Flow } from '../../scenario/schema';
import { useUi } from '../../store/ui';
import { useWorld, useWorldKept } from '../../store/world';
import { describeStep } from '../common/describe';
import { Icon } from '../common/icons';
import { Panel } from '../common/Panel';
import { lastBootDecision } from './boot';
import { FlowDiagram } from './FlowDiagram';
import { DIMS } from './layout';
import { diagramPart } from './part';
import { useWidth } from './useWidth';
import './exception-levels.css';
import { messages, useLang } from '../../i18n';
import { useRenderCount } from '../common/renderCount';

/** A one-flow diagram's height with lanes EL0-EL2 (most scenarios' first step). */
const USUAL_HEIGHT = DIMS.headerH + 3 * DIMS.laneH + DIMS.bottomPad;

export interface ExceptionLevelsPanelProps {
  /** Draw only this flow (a small embed shows one flow at a time). */
  only?: number | undefined;
}

export function ExceptionLevelsPanel({ only }: ExceptionLevelsPanelProps = {}) {
  useRenderCount('ExceptionLevelsPanel');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).exceptionLevels;
  const { scenario, step, speedMs } = useWorld(
    useShallow((s) => ({ scenario: s.scenario, step: s.step, speedMs: s.speedMs })),
  );
  const flows = useWorldKept((s) => s.flows.map(diagramPart));
  // Of the run, only each flow's last boot decision is drawn.
  const decisions = useWorldKept((s) => s.run?.map((history) => lastBootDecision(history, s.step)) ?? []);
  const box = useRef<HTMLDivElement>(null);
  const two = (scenario?.flows.length ?? 0) > 1 && only === undefined;
  const shown = (f: number) => only === undefined || f === only;
  // Before the box is measured (and in the build's prerender of the first view): 600, the
  // width it measures at at most sizes (phone to 1440x900), so the measured layout seldom
  // differs. (1920x1080 measures 720: there the picture is re-laid once, when the app starts.)
  const full = useWidth(box, 320, 1400, 600);
  // Side by side when each diagram still gets ~320 px (a phone stacks them).
  const sideBySide = two && full >= 640;
  // Large text lays the diagram out narrower, so it is drawn bigger (its text grows with it).
  const large = useUi((s) => s.largeText);
  const width = Math.max(600, Math.round((sideBySide ? (full - 16) / 2 : full) / (large ? 1.25 : 1)));

  const spoken =
    scenario && flows.length
      ? flows
          .map((snap, f) => {
            if (!shown(f)) return '';
            const flow = scenario.flows[f] as Flow;
            const name = (id: string) => flow.actors.find((a) => a.id === id)?.name[lang] ?? id;
            const prefix = two ? `${flow.title[lang]}: ` : '';
            return snap.last
              ? prefix + t.stepSay(step, describeStep(snap.last, name, lang))
              : prefix + t.atStart(name(snap.running), snap.pe.el);
          })
          .filter(Boolean)
          .join(' ')
      : '';

  return (
    <Panel id="exception-levels" label={t.title} className="exception-levels">
      <div ref={box} className={sideBySide ? 'diagrams side' : 'diagrams'}>
        {/* Until the scenario's first step is computed, hold the diagram's usual space so the
            panels below do not jump when it arrives (layout shift). */}
        {(!scenario || flows.length === 0) && (
          <div className="el-placeholder" aria-hidden="true" style={{ aspectRatio: `${width} / ${USUAL_HEIGHT}` }} />
        )}
        {scenario &&
          flows.map((snap, f) =>
            !shown(f) ? null : (
              <FlowDiagram
                key={scenario.flows[f]?.id ?? f}
                flow={scenario.flows[f] as Flow}
                snap={snap}
                width={width}
                speedMs={speedMs}
                title={two ? scenario.flows[f]?.title[lang] : undefined}
                decision={decisions[f]}
              />
            ),
          )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <ul className="el-legend" aria-label={t.legend}>
        <li>
          <span className="swatch solid" aria-hidden="true" /> {t.legendHost}
        </li>
        <li>
          <span className="swatch dashed" aria-hidden="true" /> {t.legendGuest}
        </li>
        <li>
          <span className="swatch run" aria-hidden="true">
            <Icon name="play" />
          </span>{' '}
          {t.running}
        </li>
        <li>
          <span aria-hidden="true">↓</span> {t.legendDown}
        </li>
        <li>
          <span aria-hidden="true">↑</span> {t.legendUp}
        </li>
      </ul>
    </Panel>
  );
}
