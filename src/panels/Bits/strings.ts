// Every word the Bits panel shows, in English and Simplified Chinese.
import type { Features, Hcr, Pstate, Scr } from '../../core';

interface BitsStrings {
  title: string;
  intro: string;
  currentEl: string;
  pstate: string;
  features: string;
  featuresHint: string;
  bit: string;
  whatIf: string;
  whatIfHint: string;
  sandbox: string;
  actsAs: (v: 0 | 1, why: string) => string;
  why: {
    el2Off: string;
    noVhe: string;
    tgeE2h: string;
    tge: string;
  };
  hcr: Record<keyof Hcr, string>;
  scr: Record<keyof Scr, string>;
  pstateBits: Record<Exclude<keyof Pstate, 'il'>, string>;
  feature: Record<Exclude<keyof Features, 'smcTrapWithoutEl3'>, string>;
  featureName: Record<Exclude<keyof Features, 'smcTrapWithoutEl3'>, string>;
}

export const STRINGS: Record<'en' | 'zh', BitsStrings> = {
  en: {
    title: 'Bits',
    intro: 'Flip a bit to ask "what if": the rest of the scenario is recomputed from this step.',
    currentEl: 'Current EL',
    pstate: 'PSTATE masks',
    features: 'Features of this CPU',
    featuresHint: 'What the hardware implements (not software bits).',
    bit: 'bit',
    whatIf: 'what-if',
    whatIfHint: 'changed by you, not by the scenario',
    sandbox: 'No scenario loaded: these bits drive a sandbox state.',
    actsAs: (v, why) => `acts as ${v} because ${why}`,
    why: {
      el2Off: 'EL2 is not enabled',
      noVhe: 'there is no FEAT_VHE',
      tgeE2h: 'TGE=1 and E2H=1',
      tge: 'TGE=1',
    },
    hcr: {
      e2h: 'EL2 Host: EL2 runs a host kernel (VHE); EL1 register names reach EL2 registers.',
      tge: 'Trap General Exceptions: EL0 belongs to the host, its exceptions go to EL2.',
      imo: 'Route physical IRQs to EL2.',
      fmo: 'Route physical FIQs to EL2.',
      amo: 'Route SErrors to EL2.',
      vm: 'Stage 2 translation on: guest IPAs go through VTTBR_EL2.',
      tsc: 'Trap SMC from EL1 to EL2.',
      twi: 'Trap WFI at EL0/EL1 to EL2.',
      twe: 'Trap WFE at EL0/EL1 to EL2.',
      rw: 'EL1 is AArch64 (1) rather than AArch32.',
      vi: 'Virtual IRQ pending: the guest takes a vIRQ at EL1 (with IMO=1).',
      vf: 'Virtual FIQ pending: the guest takes a vFIQ at EL1 (with FMO=1).',
      vse: 'Virtual SError pending: the guest takes a vSError at EL1 (with AMO=1).',
      tvm: 'Trap EL1 writes of SCTLR_EL1, TTBRn_EL1, TCR_EL1 and the other VM controls to EL2.',
      trvm: 'Trap EL1 reads of the same VM controls to EL2.',
      tid3: 'Trap EL1 reads of the ID group 3 registers (ID_AA64*_EL1 ...) to EL2.',
      nv: 'Nested virtualization: EL1 runs a guest hypervisor; its EL2 register accesses and ERET trap to EL2.',
      nv1: 'With NV: the guest hypervisor is non-VHE (its EL1 register names are its guest\u2019s state).',
      nv2: 'With NV: VNCR-mapped register accesses become loads/stores to the VNCR_EL2 page (no trap).',
    },
    scr: {
      ns: 'Non-secure: EL0-EL2 are in the Non-secure state.',
      irq: 'Route physical IRQs to EL3.',
      fiq: 'Route physical FIQs to EL3.',
      ea: 'Route SErrors and external aborts to EL3.',
      hce: 'HVC instruction enabled.',
      rw: 'The ELs below EL3 are AArch64.',
      eel2: 'Secure EL2 enabled (FEAT_SEL2).',
    },
    pstateBits: {
      d: 'Debug exceptions masked.',
      a: 'SError masked.',
      i: 'IRQ masked.',
      f: 'FIQ masked.',
    },
    feature: {
      el2: 'EL2 is implemented.',
      el3: 'EL3 (firmware) is implemented.',
      vhe: 'Armv8.1 Virtualization Host Extensions: HCR_EL2.E2H exists.',
      sel2: 'Armv8.4 Secure EL2: SCR_EL3.EEL2 exists.',
      nv: 'Armv8.3 nested virtualization.',
      nv2: 'Armv8.4 enhanced nested virtualization: HCR_EL2.NV2 and VNCR_EL2.',
    },
    featureName: { el2: 'EL2', el3: 'EL3', vhe: 'FEAT_VHE', sel2: 'FEAT_SEL2', nv: 'FEAT_NV', nv2: 'FEAT_NV2' },
  },
  zh: {
    title: '控制位',
    intro: '切换一个位来做"假如"实验：从这一步起，场景的其余部分会重新计算。',
    currentEl: '当前异常级别',
    pstate: 'PSTATE 屏蔽位',
    features: '这颗 CPU 的特性',
    featuresHint: '硬件实现了什么（不是软件写的位）。',
    bit: '位',
    whatIf: '假如',
    whatIfHint: '由你修改，而非场景设定',
    sandbox: '尚未加载场景：这些位驱动一个沙盒状态。',
    actsAs: (v, why) => `实际按 ${v} 生效，因为${why}`,
    why: {
      el2Off: ' EL2 未启用',
      noVhe: '没有 FEAT_VHE',
      tgeE2h: ' TGE=1 且 E2H=1',
      tge: ' TGE=1',
    },
    hcr: {
      e2h: 'EL2 Host：EL2 运行宿主内核（VHE）；EL1 寄存器名访问到 EL2 寄存器。',
      tge: 'Trap General Exceptions：EL0 属于宿主，它的异常进入 EL2。',
      imo: '把物理 IRQ 路由到 EL2。',
      fmo: '把物理 FIQ 路由到 EL2。',
      amo: '把 SError 路由到 EL2。',
      vm: '开启第二阶段地址转换：客户机 IPA 经 VTTBR_EL2 转换。',
      tsc: '把 EL1 的 SMC 陷入到 EL2。',
      twi: '把 EL0/EL1 的 WFI 陷入到 EL2。',
      twe: '把 EL0/EL1 的 WFE 陷入到 EL2。',
      nv: '嵌套虚拟化：EL1 运行客户机 hypervisor；它对 EL2 寄存器的访问和 ERET 陷入到 EL2。',
      nv1: '配合 NV：客户机 hypervisor 是非 VHE 的（它的 EL1 寄存器名指它的客户机的状态）。',
      nv2: '配合 NV：映射到 VNCR 页的寄存器访问变成对 VNCR_EL2 页的读写（不陷入）。',
      rw: 'EL1 为 AArch64（1），而非 AArch32。',
      vi: '虚拟 IRQ 待处理：客户机在 EL1 接收 vIRQ（需 IMO=1）。',
      vf: '虚拟 FIQ 待处理：客户机在 EL1 接收 vFIQ（需 FMO=1）。',
      vse: '虚拟 SError 待处理：客户机在 EL1 接收 vSError（需 AMO=1）。',
      tvm: '把 EL1 对 SCTLR_EL1、TTBRn_EL1、TCR_EL1 等虚拟内存控制寄存器的写陷入到 EL2。',
      trvm: '把 EL1 对这些虚拟内存控制寄存器的读陷入到 EL2。',
      tid3: '把 EL1 对第 3 组 ID 寄存器（ID_AA64*_EL1 等）的读陷入到 EL2。',
    },
    scr: {
      ns: 'Non-secure：EL0-EL2 处于非安全状态。',
      irq: '把物理 IRQ 路由到 EL3。',
      fiq: '把物理 FIQ 路由到 EL3。',
      ea: '把 SError 和外部中止路由到 EL3。',
      hce: '允许执行 HVC 指令。',
      rw: 'EL3 以下的异常级别为 AArch64。',
      eel2: '启用安全 EL2（FEAT_SEL2）。',
    },
    pstateBits: {
      d: '屏蔽调试异常。',
      a: '屏蔽 SError。',
      i: '屏蔽 IRQ。',
      f: '屏蔽 FIQ。',
    },
    feature: {
      el2: '实现了 EL2。',
      el3: '实现了 EL3（固件）。',
      vhe: 'Armv8.1 虚拟化宿主扩展：HCR_EL2.E2H 存在。',
      sel2: 'Armv8.4 安全 EL2：SCR_EL3.EEL2 存在。',
      nv: 'Armv8.3 嵌套虚拟化。',
      nv2: 'Armv8.4 增强的嵌套虚拟化：HCR_EL2.NV2 与 VNCR_EL2。',
    },
    featureName: { el2: 'EL2', el3: 'EL3', vhe: 'FEAT_VHE', sel2: 'FEAT_SEL2', nv: 'FEAT_NV', nv2: 'FEAT_NV2' },
  },
};
