// The stage's own words: the wings' tabs, presenter mode, the caption (src/app/stage).
import type * as en from '../en/stage';
import type { Shape } from '../shape';

export const stage = {
  wings: '更多面板',
  focusMark: '本课重点',
  wingKeys: (n: number) => `按 1–${n} 键打开这些面板`,
  presenter: '演示',
  presenterLong: '演示模式（全屏；按 Esc 退出）',
  leavePresenter: '退出演示模式',
  skip: '跳到课程内容',
  veiled: (panel: string) => `${panel}：回答问题之前先隐藏（它会泄露答案）。`,
  tabs: { registers: '寄存器', bits: '控制位', routing: '路由', redirect: '重定向', address: '地址空间' },
  costs: {
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
    who: { kvm: 'KVM ARM（分离模式）', xen: 'Xen ARM（全部在 EL2）' },
  },
} satisfies Shape<typeof en.stage>;
