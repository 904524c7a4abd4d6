// 每一步一句话（叙述的结果行、EL 图的屏幕阅读器文本）。

import type * as en from '../en/steps';
import type { StepWords } from '../en/steps';
import type { Shape } from '../shape';
import { sp } from './space';

export const steps = {
  gic: (w: StepWords, what: string, deactivated?: number) =>
    sp`${w.from}（${w.fe}）：${w.ev}，访问 ${what}${deactivated !== undefined ? `，物理 INTID ${deactivated} 同时失效` : ''}`,
  access: (w: StepWords, path: string) => sp`${w.from}（${w.fe}）：${w.ev}，经 ${path}`,
  tlbHit: '（TLB 命中）',
  wasPending: (line: string) => sp`${line}（此前挂起的中断现在被处理）`,
  exception: (w: StepWords, ec: string) =>
    sp`${w.ev}：从${w.from}（${w.fe}）进入 ${w.te}，由${w.to}处理${ec ? `（${ec}）` : ''}`,
  illegalState: (w: StepWords) =>
    sp`PSTATE.IL=1：${w.from}（${w.fe}）的下一条指令引发非法执行状态异常（ESR EC 0x0E），进入 ${w.te}，由${w.to}处理；这一步原本的 ${w.ev} 没有执行`,
  pending: (w: StepWords) => sp`${w.ev} 保持挂起：它的目标是 EL${w.target}，${w.from}继续在 ${w.fe} 运行`,
  eret: (w: StepWords) => sp`ERET：从${w.from}（${w.fe}）返回到${w.to}（${w.te}）`,
  illegalEret: (w: StepWords) =>
    sp`非法的异常返回（目标 EL${w.target}）：PSTATE.IL 被置位，${w.from}仍在 ${w.fe}，从 ELR_${w.fe} 继续；下一条指令将引发非法执行状态异常`,
  reaches: (reg: string, how: string) => sp`到达 ${reg}${how}`,
  via: { redirect: '（被重定向）', alias: '（通过别名）' },
  register: (w: StepWords, reach: string) => sp`${w.from}（${w.fe}）执行 ${w.ev}：${reach}`,
  bits: (w: StepWords) => sp`${w.from}（${w.fe}）设置 ${w.ev}`,
  context: (w: StepWords) => sp`${w.from}（${w.fe}）：${w.ev}`,
  call: (w: StepWords) => sp`${w.from}调用${w.to}（${w.te}）`,
  boot: (w: StepWords, release: string, parts: string[]) =>
    sp`启动决策${release ? `（Linux ${release}）` : ''}：内核运行在 EL${w.target}${parts.map((p) => sp`，${p}`).join('')}`,
  hVhe: '其虚拟机监控器以 E2H=1 运行（hVHE）',
  malformed: 'kvm-arm.mode 被当作格式错误拒绝',
  executes: (w: StepWords) => sp`${w.from}（${w.fe}）执行 ${w.ev}`,
  kvmModes: {
    vhe: 'KVM 使用 VHE 模式',
    nvhe: 'KVM 使用 nVHE 模式',
    protected: '受保护的 KVM（pKVM）',
    nested: '支持嵌套虚拟化的 KVM',
    none: '不启用 KVM',
  },
  pasted: '粘贴的场景',
} satisfies Shape<typeof en.steps>;
