// Every input of the Linux boot decision: the truth table, the sweep and the handouts use it.
import { type BootInput, type CpuNested, type KvmArmMode, LINUX_RELEASES } from './boot';

export const KVM_ARM_MODES: readonly KvmArmMode[] = ['unset', 'none', 'nvhe', 'protected', 'nested'];
export const CPU_NESTED: readonly CpuNested[] = ['none', 'nv', 'nv2'];

/** All 8,160 inputs: entry EL x FEAT_VHE x FEAT_NV/NV2 x release x CONFIG_ARM64_VHE x mode x hvhe. */
export function* bootInputs(): Generator<BootInput> {
  for (const bootEL of [1, 2] as const)
    for (const cpuHasVhe of [false, true])
      for (const cpuNested of CPU_NESTED)
        for (const kernel of LINUX_RELEASES)
          for (const configArm64Vhe of [false, true])
            for (const kvmArmMode of KVM_ARM_MODES)
              for (const hvhe of [false, true])
                yield { bootEL, cpuHasVhe, cpuNested, kernel, configArm64Vhe, kvmArmMode, hvhe };
}
