// Published costs of a guest exit, cited exactly as shared/spec/costs.md records them (the
// only figures we show beside our own counts; never rounded into new claims).
import type { Lang } from '../../i18n/lang';

export interface PublishedCost {
  who: Record<Lang, string>;
  cycles: number;
  /** As printed in the source. */
  printed: string;
}

/** Christoffer Dall, "On the Performance of ARM Virtualization", Linaro blog, 2016-06-16. */
export const HYPERCALL_CYCLES: readonly PublishedCost[] = [
  { who: { en: 'KVM ARM (split mode)', zh: 'KVM ARM（分离模式）' }, cycles: 6500, printed: '6,500' },
  { who: { en: 'Xen ARM (all at EL2)', zh: 'Xen ARM（全部在 EL2）' }, cycles: 376, printed: '376' },
];

export const COST_WORDS = {
  en: {
    title: 'What one exit costs',
    counted: 'Counted here, growing as the flows play',
    elChanges: 'EL changes',
    moved: 'EL1 registers saved or restored',
    published: 'Published: a no-op hypercall round trip, in cycles',
    hypercallSource:
      'Christoffer Dall, "On the Performance of ARM Virtualization", Linaro blog, 2016-06-16 (the ISCA 2016 study); HP Moonshot m400, KVM in Linux 4.0-rc4 with QEMU 2.2.0, Xen 4.5.0.',
    atc: 'Dall, Li, Nieh, USENIX ATC 2017: the VHE redesign "can result in an order of magnitude performance improvement for KVM/ARM".',
    arm: 'Arm 102142: saving or restoring the general-purpose and FP/SIMD registers takes at least 33 instructions (LDP/STP).',
    cycles: 'cycles',
  },
  zh: {
    title: '一次退出的代价',
    counted: '本模拟器的计数，随播放增长',
    elChanges: 'EL 切换',
    moved: '保存或恢复的 EL1 寄存器',
    published: '已发表的数据：一次空超级调用往返的周期数',
    hypercallSource:
      'Christoffer Dall，“On the Performance of ARM Virtualization”，Linaro 博客，2016-06-16（ISCA 2016 研究）；HP Moonshot m400，Linux 4.0-rc4 中的 KVM 与 QEMU 2.2.0，Xen 4.5.0。',
    atc: 'Dall、Li、Nieh，USENIX ATC 2017：VHE 的重新设计“can result in an order of magnitude performance improvement for KVM/ARM”（可带来一个数量级的性能提升）。',
    arm: 'Arm 102142：保存或恢复通用寄存器和 FP/SIMD 寄存器至少需要 33 条指令（LDP/STP）。',
    cycles: '周期',
  },
} satisfies Record<Lang, unknown>;
