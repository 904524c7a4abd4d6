// The kept custom scenarios as an <optgroup> for the shell's scenario picker (values are
// the scenario ids; open one with openCustom). The one playing is the shell's own option.
import { useEffect } from 'react';
import { messages, useLang } from '../i18n';
import { CATALOGUE, useScenarios } from '../store/scenarios';
import { initCustom, useCustom } from './api';
import { TRACE_SAMPLE_ID } from './traceSample';

export function CustomOptions() {
  const lang = useLang((s) => s.lang);
  const current = useScenarios((s) => s.custom?.id);
  const all = useCustom((s) => s.entries);
  // The shipped trace has its own option (TraceSampleOption), even once kept.
  const entries = all.filter((e) => e.id !== current && !CATALOGUE.includes(e.id) && e.id !== TRACE_SAMPLE_ID);
  useEffect(() => {
    void initCustom();
  }, []);
  if (entries.length === 0) return null;
  return (
    <optgroup label={messages(lang).custom.yours}>
      {entries.map((e) => (
        <option key={e.id} value={e.id}>
          {e.scenario.title[lang]}
        </option>
      ))}
    </optgroup>
  );
}
