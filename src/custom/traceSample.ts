// The shipped trace in the scenario picker: its id and name (first view; the rest is lazy).
import { loadTraceModule } from './traceLoader';

export { TRACE_SAMPLE_ID, TRACE_SAMPLE_NAME } from './traceSampleId';

/** Opens the shipped sample (examples/mini-hyp under QEMU 7.2); loads the trace code on first use. */
export async function openTraceSample(): Promise<void> {
  const { openSample } = await loadTraceModule();
  await openSample();
}
