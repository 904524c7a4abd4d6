// The register file's words (src/panels/RegisterFile).
import type * as en from '../en/registerFile';
import type { Shape } from '../shape';

const MEANING_ZH: Record<string, string> = {
  SCTLR: '系统控制',
  TTBR0: '页表（低地址段）',
  TTBR1: '页表（高地址段）',
  TCR: '转换控制',
  VBAR: '异常向量表',
  ESR: '异常症状',
  ELR: '返回地址',
  SPSR: '保存的 PSTATE',
  FAR: '故障地址',
  MAIR: '内存属性',
  CONTEXTIDR: '上下文 ID',
  CPACR: 'FP/SIMD 访问控制',
  VTTBR: 'stage 2 页表',
  HCR: '虚拟机监控器配置',
  AFSR0: '辅助故障状态 0',
  AFSR1: '辅助故障状态 1',
  AMAIR: '辅助内存属性',
  CNTKCTL: 'EL0 定时器控制',
  PAR: '地址转换结果',
  TPIDR: '线程 ID',
  TPIDRRO: '只读线程 ID',
  SP: '栈指针',
  CSSELR: '缓存大小选择',
};

const meaning = (m: Record<string, string>, reg: string) => m[reg.replace(/_EL\d+$/, '')] ?? reg;

/** A space between Chinese and Latin runs (house style), none after full-width brackets. */
export function spaced(text: string): string {
  return text.replace(/([\u4e00-\u9fff])([A-Za-z0-9(])/g, '$1 $2').replace(/([A-Za-z0-9)])([\u4e00-\u9fff])/g, '$1 $2');
}

/** The exception classes the core names (EC_NAMES), in Chinese. */
export const EC_ZH: Readonly<Record<number, string>> = {
  0: '未知原因（例如 UNDEFINED 指令）',
  1: '被捕获的 WFI 或 WFE 指令',
  14: '非法执行状态',
  21: 'AArch64 状态下执行 SVC 指令',
  22: 'AArch64 状态下执行 HVC 指令',
  23: 'AArch64 状态下执行 SMC 指令',
  24: 'AArch64 状态下被捕获的 MSR、MRS 或系统指令',
  26: '被捕获的 ERET、ERETAA 或 ERETAB 指令（FEAT_NV）',
  36: '来自较低异常级别的数据中止',
  37: '未改变异常级别的数据中止',
  47: 'SError 异常',
};

export const registerFile = {
  el1Set: 'EL1 寄存器',
  el2Set: 'EL2 寄存器',
  memory: '内存中',
  vcpuCtx: 'vCPU 上下文',
  hostCtx: '宿主机上下文',
  empty: '尚未保存',
  owner: '属于',
  value: '内容',
  register: '寄存器',
  kinds: { host: '宿主机内核', guest: '客户机内核', hypervisor: '虚拟机监控器', firmware: '固件' },
  of: (who: string, reg: string) => spaced(`${who}的${meaning(MEANING_ZH, reg)}`),
  more: (n: number) => `另有 ${n} 个，属于同一方`,
  glance: 'EL1 寄存器属于谁',
  changes: (n: number) => `已易主 ${n} 次`,
  saved: (who: string, n: number) => spaced(`把${who}的${n}个EL1寄存器存入内存`),
  restored: (who: string, n: number) => spaced(`从内存载入${who}的${n}个EL1寄存器`),
  reached: (name: string, reg: string | null) => (reg ? `${name} 实际访问 ${reg}` : `${name}：UNDEFINED`),
  exit: '最近一次进入 EL2 的异常',
  atStep: (n: number) => `第 ${n} 步`,
  esrOf: (ev: string) => spaced(`${ev}的异常症状`),
  ec: 'EC',
  il: 'IL',
  iss: 'ISS',
  noSyndrome: (irq: boolean): string => (irq ? 'IRQ/FIQ 不写入异常症状' : 'EC/ISS：规则没有为这个事件给出'),
  elrOf: (who: string) => spaced(`${who}中的返回地址`),
  spsrOf: (who: string, el: number) => spaced(`${who}的PSTATE（EL${el}）`),
  hcrValue: (bits: string) => bits,
  vttbr: (on: boolean): string => (on ? '客户机的 stage 2 页表（VM=1）' : '未使用（VM=0）'),
  unwritten: '尚未写入',
  lrNone: '尚未写入任何列表寄存器',
  lrState: { pending: '待处理', active: '活动', inactive: '非活动' },
  lr: (who: string, vintid: number, state: string, group: number, hw: boolean, pintid?: number): string =>
    spaced(`${who}的 vINTID ${vintid}：${state}，组 ${group}，${hw ? `HW=1，pINTID ${pintid ?? '?'}` : 'HW=0'}`),
  vttbrVmid: (who: string, vmid: number) => spaced(`VMID ${vmid}：${who}的stage 2 页表`),
  inUse: (on: boolean): string => (on ? '正在使用（VM=1）' : '未使用（VM=0）'),
  hpfarIpa: (who: string, ipa: string, step: number) => spaced(`${who}出错的IPA ${ipa}（第 ${step} 步）`),
  hpfarUnknown: (step: number) => `UNKNOWN：第 ${step} 步进入 EL2 的异常没有 IPA`,
  cntvoffOf: (who: string) => spaced(`${who}的虚拟计数偏移`),
  cntvoffApplies: (applies: boolean): string =>
    applies ? '本次读取 CNTVCT_EL0 会减去它' : '本次读取 CNTVCT_EL0 不受它影响',
  cnthctlBit: (field: string, bit: number, set: boolean) => `${field}（第 ${bit} 位）= ${set ? 1 : 0}`,
  cnthctlEl1: (counterTrapped: boolean, timerTrapped: boolean): string =>
    `EL1 物理计数器${counterTrapped ? '陷入 EL2' : '不陷入'}，物理定时器${timerTrapped ? '陷入 EL2' : '不陷入'}`,
  cnthctlAssumed: '假定值：不陷入任何访问',
  writtenBy: (who: string) => spaced(`由${who}写入`),
  ecName: (ec: number, named: string) => EC_ZH[ec] ?? named,
} satisfies Shape<typeof en.registerFile>;
