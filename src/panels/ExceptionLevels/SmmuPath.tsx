// The device's path beside the CPU's: for a DMA step, what the SMMU did with the device's
// address (stream table entry, stage 2, VMID; translated, or an event in its queue). The
// machine's StepResult.smmu comes from the core (smmuTranslate); nothing here decides.

import { useLang } from '../../i18n';
import { labelText } from '../../i18n/ruleText';
import type { FlowSnapshot } from '../../machine/types';
import type { Flow } from '../../scenario/schema';

const TEXT = {
  en: {
    label: 'Device path (SMMU), beside the CPU',
    ste: 'stream table entry',
    s2: 'stage 2 (S2TTB, S2VMID)',
    bypass: 'bypass: no translation',
    pa: 'PA: memory written',
    fault: 'F_TRANSLATION (0x10) → event queue; no CPU exception',
    idle: 'no DMA yet',
  },
  zh: {
    label: '设备路径（SMMU），与 CPU 并列',
    ste: '流表项（STE）',
    s2: '第二阶段（S2TTB、S2VMID）',
    bypass: '旁路：不转换',
    pa: 'PA：写入内存',
    fault: 'F_TRANSLATION（0x10）→ 事件队列；没有 CPU 异常',
    idle: '尚无 DMA',
  },
} as const;

export function hasDma(flow: Flow): boolean {
  return flow.steps.some((s) => s.event.type === 'DMA');
}

export function SmmuPath({ snap }: { snap: FlowSnapshot }) {
  const lang = useLang((s) => s.lang);
  const t = TEXT[lang];
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
