// The kept custom scenarios as an <optgroup> for the shell's scenario picker (values are
// the scenario ids; open one with openCustom). The one playing is the shell's own option.
import { useEffect } from 'react';
import { CATALOGUE, useScenarios } from '../store/scenarios';
import { useUi } from '../store/ui';
import { initCustom, useCustom } from './api';
import { STRINGS } from './strings';
import { TRACE_SAMPLE_ID } from './traceSample';

export function CustomOptions() {
  const lang = useUi((s) => s.lang);
  const current = useScenarios((s) => s.custom?.id);
  const all = useCustom((s) => s.entries);
  // The shipped trace has its own option (TraceSampleOption), even once kept.
  const entries = all.filter((e) => e.id !== current && !CATALOGUE.includes(e.id) && e.id !== TRACE_SAMPLE_ID);
  useEffect(() => {
    void initCustom();
  }, []);
  if (entries.length === 0) return null;
  return (
    <optgroup label={STRINGS[lang].yours}>
      {entries.map((e) => (
        <option key={e.id} value={e.id}>
          {e.scenario.title[lang]}
        </option>
      ))}
    </optgroup>
  );
}
