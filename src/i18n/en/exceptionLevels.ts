// Exception levels panel strings.
import type { EL } from '../../core';
import type { Actor, World } from '../../scenario/schema';

export const exceptionLevels = {
  title: 'Exception levels',
  lanes: { 0: 'apps', 1: 'kernels', 2: 'hypervisor', 3: 'firmware' } satisfies Record<EL, string>,
  worldKinds: {
    host: 'host',
    guest: 'guest',
    hypervisor: 'hypervisor',
    secure: 'secure',
    firmware: 'firmware',
  } satisfies Record<World['kind'], string>,
  actorKinds: {
    app: 'application',
    vmm: 'VMM (user space)',
    kernel: 'kernel',
    hypervisor: 'hypervisor',
    stub: 'stub',
    firmware: 'firmware',
  } satisfies Record<Actor['kind'], string>,
  running: 'running',
  blocked: 'blocked',
  pe: 'PE',
  unusedByHost: 'unused by the host (E2H=1)',
  diagramTitle: (flow: string) => `Exception levels: ${flow}`,
  whoWhere: (el: EL, names: string[]) => `EL${el}: ${names.length ? names.join(', ') : 'nothing'}.`,
  runningNow: (name: string, el: EL) => `${name} is running at EL${el}.`,
  atStart: (name: string, el: EL) => `Start: ${name} runs at EL${el}.`,
  stepSay: (n: number, what: string) => `Step ${n}: ${what}.`,
  pending: (kind: string, el: EL) => `${kind} pending for EL${el}`,
  legend: 'Legend',
  legendHost: 'host world: solid outline',
  legendGuest: 'guest world: dashed outline',
  legendDown: 'exception: down to a higher EL',
  legendUp: 'ERET: back up',
  call: 'call',
  save: 'save EL1 context',
  restore: 'restore EL1 context',
  decided: (release: string, el: EL, kvm: string) => `Linux ${release}: kernel at EL${el} · ${kvm}`,
  /** Arrow words for the aborts and UNDEFINED (short: they sit on the arrow). */
  short: { Stage1Abort: 'S1 abort', Stage2Abort: 'S2 abort', Undefined: 'UNDEF' },
  smmuEvent: 'SMMU event 0x10',
  boot: 'boot',
  /** The device's path beside the CPU (SmmuPath). */
  smmu: {
    label: 'Device path (SMMU), beside the CPU',
    ste: 'stream table entry',
    s2: 'stage 2 (S2TTB, S2VMID)',
    bypass: 'bypass: no translation',
    pa: 'PA: memory written',
    fault: 'F_TRANSLATION (0x10) → event queue; no CPU exception',
    idle: 'no DMA yet',
  },
};
