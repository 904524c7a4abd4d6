import { type Because, because, type Decision } from './rules';

export type KvmArmMode = 'unset' | 'none' | 'nvhe' | 'protected' | 'nested';
export type KernelEra = '5.10' | '5.15+';

export interface BootInput {
  bootEL: 1 | 2;
  cpuHasVhe: boolean;
  era: KernelEra;
  configArm64Vhe: boolean;
  kvmArmMode: KvmArmMode;
}

export interface BootResult {
  kernelEL: 1 | 2;
  kvm: 'vhe' | 'nvhe' | 'protected' | 'nested' | 'none';
}

const decide = (result: BootResult, because: Because[]): Decision<BootResult> => ({ result, because });

/**
 * Where a Linux arm64 kernel runs and which KVM mode it picks.
 * arch/arm64/kernel/head.S init_kernel_el, arch/arm64/kernel/hyp-stub.S finalise_el2,
 * arch/arm64/kernel/idreg-override.c, arch/arm64/kvm/arm.c early_kvm_mode_cfg.
 */
export function linuxBootMode(input: BootInput): Decision<BootResult> {
  const { bootEL, cpuHasVhe, era, configArm64Vhe, kvmArmMode } = input;
  if (bootEL === 1) return decide({ kernelEL: 1, kvm: 'none' }, [because('R-BOOT-EL1')]);

  if (era === '5.10') {
    const ignored = kvmArmMode === 'unset' ? [] : [because('R-BOOT-510-NOMODE')];
    if (configArm64Vhe && cpuHasVhe) {
      return decide({ kernelEL: 2, kvm: 'vhe' }, [...ignored, because('R-BOOT-510-VHE'), because('R-BOOT-KVM-VHE')]);
    }
    return decide({ kernelEL: 1, kvm: 'nvhe' }, [...ignored, because('R-BOOT-510-NVHE'), because('R-BOOT-KVM-NVHE')]);
  }

  // 5.12 and later: no CONFIG_ARM64_VHE; VHE whenever the CPU has it, unless overridden.
  switch (kvmArmMode) {
    case 'nvhe':
      return decide({ kernelEL: 1, kvm: 'nvhe' }, [
        because('R-BOOT-VH0', { mode: 'nvhe' }),
        because('R-BOOT-KVM-NVHE'),
      ]);
    case 'protected':
      return decide({ kernelEL: 1, kvm: 'protected' }, [
        because('R-BOOT-VH0', { mode: 'protected' }),
        because('R-BOOT-KVM-PROTECTED'),
      ]);
    case 'none':
      return decide({ kernelEL: cpuHasVhe ? 2 : 1, kvm: 'none' }, [
        because(cpuHasVhe ? 'R-BOOT-VHE' : 'R-BOOT-NOVHE-CPU'),
        because('R-BOOT-KVM-NONE'),
      ]);
    case 'nested':
      if (!cpuHasVhe) {
        return decide({ kernelEL: 1, kvm: 'nvhe' }, [
          because('R-BOOT-NOVHE-CPU'),
          because('R-BOOT-NESTED-NEEDS-VHE'),
          because('R-BOOT-KVM-NVHE'),
        ]);
      }
      return decide({ kernelEL: 2, kvm: 'nested' }, [because('R-BOOT-VHE'), because('R-BOOT-KVM-NESTED')]);
    case 'unset':
      if (cpuHasVhe) return decide({ kernelEL: 2, kvm: 'vhe' }, [because('R-BOOT-VHE'), because('R-BOOT-KVM-VHE')]);
      return decide({ kernelEL: 1, kvm: 'nvhe' }, [because('R-BOOT-NOVHE-CPU'), because('R-BOOT-KVM-NVHE')]);
  }
}
