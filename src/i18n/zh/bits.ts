// Every word the Bits panel shows, in English and Simplified Chinese.
import type * as en from '../en/bits';
import type { Shape } from '../shape';

export const bits = {
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
    vm: '开启 stage 2 地址转换：客户机 IPA 经 VTTBR_EL2 转换。',
    tsc: '把 EL1 的 SMC 陷入到 EL2。',
    twi: '把 EL0/EL1 的 WFI 陷入到 EL2。',
    twe: '把 EL0/EL1 的 WFE 陷入到 EL2。',
    rw: 'EL1 为 AArch64（1），而非 AArch32。',
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
  },
  featureName: { el2: 'EL2', el3: 'EL3', vhe: 'FEAT_VHE', sel2: 'FEAT_SEL2', nv: 'FEAT_NV' },
} satisfies Shape<typeof en.bits>;
