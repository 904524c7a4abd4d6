import { beforeAll, describe, expect, it } from 'vitest';
import { loadLang } from '../../i18n';
import type { StepResult } from '../../machine/types';
import { describeStep } from './describe';

const boot = (patch: Partial<StepResult>): StepResult => ({
  index: 0,
  event: {
    type: 'Boot',
    kernel: 'kernel',
    input: {
      bootEL: 2,
      cpuHasVhe: true,
      cpuNested: 'none',
      kernel: '6.12',
      configArm64Vhe: false,
      kvmArmMode: 'protected',
      hvhe: false,
    },
  },
  outcome: 'boot',
  from: { actor: 'firmware', el: 3 },
  to: { actor: 'firmware', el: 3 },
  targetEL: 1,
  because: [],
  expectFailures: [],
  ...patch,
});
const name = (id: string) => id;

// Chinese loads on demand in the app; here, before the tests.
beforeAll(() => loadLang('zh'));

describe('the boot outcome line', () => {
  it('names the Linux release and says when pKVM runs in hVHE', () => {
    const last = boot({ kvm: 'protected', boot: { kernel: '6.12', hypE2H: true, malformed: false } });
    expect(describeStep(last, name, 'en')).toBe(
      'Boot decision (Linux 6.12): the kernel runs at EL1, protected KVM (pKVM), its hypervisor runs with E2H=1 (hVHE)',
    );
    expect(describeStep(last, name, 'zh')).toBe(
      '启动决策（Linux 6.12）：内核运行在 EL1，受保护的 KVM（pKVM），其虚拟机监控器以 E2H=1 运行（hVHE）',
    );
  });

  it('does not call a VHE kernel hVHE, and reports a rejected option', () => {
    const last = boot({ targetEL: 2, kvm: 'vhe', boot: { kernel: '5.15', hypE2H: true, malformed: true } });
    expect(describeStep(last, name, 'en')).toBe(
      'Boot decision (Linux 5.15): the kernel runs at EL2, KVM in VHE mode, kvm-arm.mode rejected as malformed',
    );
  });
});
