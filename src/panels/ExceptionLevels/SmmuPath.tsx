// The device's path beside the CPU's: for a DMA step, what the SMMU did with the device's
// address (stream table entry, stage 2, VMID; translated, or an event in its queue). The
// machine's StepResult.smmu comes from the core (smmuTranslate); nothing here decides.

import { messages, useLang } from '../../i18n';
import { labelText } from '../../i18n/ruleText';
import type { FlowSnapshot } from '../../machine/types';
import type { Flow } from '../../scenario/schema';

export function hasDma(flow: Flow): boolean {
  return flow.steps.some((s) => s.event.type === 'DMA');
}

export function SmmuPath({ snap }: { snap: Pick<FlowSnapshot, 'last'> }) {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).exceptionLevels.smmu;
  const last = snap.last;
  const dma = last?.event.type === 'DMA' ? last.event : undefined;
  const result = dma ? last?.smmu : undefined;
  const stages = dma
    ? [
        `${labelText(dma.device, lang)}: ${dma.address}`,
        t.ste,
        result?.outcome === 'bypass' ? t.bypass : t.s2,
        result?.outcome === 'fault' ? t.fault : t.pa,
      ]
    : [t.idle];
  return (
    <section className={`smmu-path${result?.outcome === 'fault' ? ' fault' : ''}`} aria-label={t.label}>
      <h3 className="smmu-title">{t.label}</h3>
      <ol className="smmu-stages">
        {stages.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </section>
  );
}
