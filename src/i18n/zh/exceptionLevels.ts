// Exception levels panel strings.

import type { EL } from '../../core';
import type { Actor, World } from '../../scenario/schema';
import type * as en from '../en/exceptionLevels';
import type { Shape } from '../shape';
import { sp } from './space';

export const exceptionLevels = {
  title: '异常级别',
  lanes: { 0: '应用', 1: '内核', 2: '虚拟机监控器', 3: '固件' } satisfies Record<EL, string>,
  worldKinds: {
    host: '宿主机',
    guest: '客户机',
    hypervisor: '虚拟机监控器',
    secure: '安全世界',
    firmware: '固件',
  } satisfies Record<World['kind'], string>,
  actorKinds: {
    app: '应用程序',
    vmm: 'VMM（用户态）',
    kernel: '内核',
    hypervisor: '虚拟机监控器',
    stub: '桩代码',
    firmware: '固件',
  } satisfies Record<Actor['kind'], string>,
  running: '运行中',
  blocked: '受阻',
  pe: 'PE',
  unusedByHost: '宿主机不使用（E2H=1）',
  diagramTitle: (flow: string) => sp`异常级别：${flow}`,
  whoWhere: (el: EL, names: string[]) => sp`EL${el}：${names.length ? names.join('、') : '无'}。`,
  runningNow: (name: string, el: EL) => sp`${name}正在 EL${el} 运行。`,
  atStart: (name: string, el: EL) => sp`开始：${name}在 EL${el} 运行。`,
  stepSay: (n: number, what: string) => sp`第 ${n} 步：${what}。`,
  pending: (kind: string, el: EL) => sp`${kind} 挂起，目标 EL${el}`,
  legend: '图例',
  legendHost: '宿主机世界：实线边框',
  legendGuest: '客户机世界：虚线边框',
  legendDown: '异常：向下进入更高的 EL',
  legendUp: 'ERET：向上返回',
  call: '调用',
  save: '保存 EL1 上下文',
  restore: '恢复 EL1 上下文',
  decided: (release: string, el: EL, kvm: string) => sp`Linux ${release}：内核在 EL${el} · ${kvm}`,
  short: { Stage1Abort: 'stage 1 中止', Stage2Abort: 'stage 2 中止', Undefined: 'UNDEF' },
  smmuEvent: 'SMMU 事件 0x10',
  boot: '启动',
  smmu: {
    label: '设备路径（SMMU），与 CPU 并列',
    ste: '流表项（STE）',
    s2: 'stage 2（S2TTB、S2VMID）',
    bypass: '旁路：不转换',
    pa: 'PA：写入内存',
    fault: 'F_TRANSLATION（0x10）→ 事件队列；没有 CPU 异常',
    idle: '尚无 DMA',
  },
} satisfies Shape<typeof en.exceptionLevels>;
