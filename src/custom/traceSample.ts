// The shipped trace in the scenario picker: its id and name (first view; the rest is lazy).
import { loadTraceModule } from './traceLoader';
export const TRACE_SAMPLE_ID = 'qemu-trace-mini-hyp';

export const TRACE_SAMPLE_NAME = {
  en: 'Real trace: mini hypervisor under QEMU',
  zh: '真实跟踪：QEMU 下的迷你虚拟机监控器',
} as const;

/** Opens the shipped sample (examples/mini-hyp under QEMU 7.2); loads the trace code on first use. */
export async function openTraceSample(): Promise<void> {
  const { openSample } = await loadTraceModule();
  await openSample();
}
