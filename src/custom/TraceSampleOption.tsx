// The shipped trace as an option of the scenario picker (unless it is the one playing, which
// the shell lists itself).
import { useScenarios } from '../store/scenarios';
import { useUi } from '../store/ui';
import { TRACE_SAMPLE_ID, TRACE_SAMPLE_NAME } from './traceSample';

export function TraceSampleOption() {
  const lang = useUi((s) => s.lang);
  const current = useScenarios((s) => s.custom?.id);
  if (current === TRACE_SAMPLE_ID) return null;
  return <option value={TRACE_SAMPLE_ID}>{TRACE_SAMPLE_NAME[lang]}</option>;
}
