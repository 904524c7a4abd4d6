// The shipped trace's id and picker name: imported by the page and by ./trace alike, so it
// imports nothing (./traceSample loads ./trace, which needs the id: no cycle through here).
export const TRACE_SAMPLE_ID = 'qemu-trace-mini-hyp';

export const TRACE_SAMPLE_NAME = {
  en: 'Real trace: mini hypervisor under QEMU',
  zh: '真实跟踪：QEMU 下的迷你虚拟机监控器',
} as const;
