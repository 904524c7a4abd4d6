// The shell's own words (header, controls, notices), in English and Simplified Chinese.
// Panels keep their strings in their own folders.
import type { Lang } from '../store/ui';

export const UI = {
  en: {
    product: 'VHE Lab',
    panels: {
      levels: 'Exception levels',
      narration: 'Narration',
      bits: 'Bits',
      routing: 'Exception routing',
      redirection: 'Register redirection',
      spaces: 'Address spaces',
      registers: 'Register file',
    },
    tagline: 'Arm exception levels and virtualization, step by step',
    scenario: 'Scenario',
    language: 'Language',
    darkTheme: 'Dark theme',
    largeText: 'Large text',
    controls: 'Playback',
    previous: 'Previous step',
    next: 'Next step',
    play: 'Play',
    pause: 'Pause',
    restart: 'Restart',
    speed: 'Speed',
    step: 'Step',
    timeline: 'Timeline',
    start: 'Start',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    stepValue: (n: number, total: number, what: string) =>
      n === 0 ? `Step 0 of ${total}: start` : `Step ${n} of ${total}: ${what}`,
    loading: 'Loading the scenario…',
    computing: 'Asking the rules…',
    flowPicker: 'Show the state of',
    unknownScenario: (id: string, fallback: string) =>
      `There is no scenario "${id}" here; showing "${fallback}" instead.`,
    badStep: (raw: string) => `"${raw}" is not a step number; starting at step 0.`,
    badFile: (file: string) => `The scenario file ${file} is not valid, so it cannot be shown:`,
    loadFailed: (file: string, why: string) => `The scenario file ${file} could not be loaded: ${why}`,
    computeFailed: 'The rules could not compute this scenario:',
    retry: 'Try again',
    dismiss: 'Dismiss',
    noScenarios: 'No scenario files were found in this build.',
    workerStatus: 'Rules worker status',
    workerRestarted: (n: number, reason: string) =>
      `The rules worker stopped and was restarted (${n}×): ${reason}. It answers again.`,
    panelFailed: (why: string) => `This panel could not draw this step (${why}). The other panels still work.`,
    keysHint: '← → step · Space play/pause · Home/End jump',
  },
  zh: {
    product: 'VHE Lab',
    panels: {
      levels: '异常级别',
      narration: '讲解',
      bits: '控制位',
      routing: '异常路由',
      redirection: '寄存器重定向',
      spaces: '地址空间',
      registers: '寄存器组',
    },
    tagline: '一步一步看懂 Arm 异常级别与虚拟化',
    scenario: '场景',
    language: '语言',
    darkTheme: '深色主题',
    largeText: '大字号',
    controls: '播放控制',
    previous: '上一步',
    next: '下一步',
    play: '播放',
    pause: '暂停',
    restart: '重新开始',
    speed: '速度',
    step: '步骤',
    timeline: '时间线',
    start: '开始',
    stepOf: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
    stepValue: (n: number, total: number, what: string) =>
      n === 0 ? `第 0 步，共 ${total} 步：开始` : `第 ${n} 步，共 ${total} 步：${what}`,
    loading: '正在加载场景…',
    computing: '正在计算规则…',
    flowPicker: '显示哪一个流程的状态',
    unknownScenario: (id: string, fallback: string) => `这里没有场景“${id}”，改为显示“${fallback}”。`,
    badStep: (raw: string) => `“${raw}”不是有效的步骤编号，从第 0 步开始。`,
    badFile: (file: string) => `场景文件 ${file} 无效，无法显示：`,
    loadFailed: (file: string, why: string) => `无法加载场景文件 ${file}：${why}`,
    computeFailed: '规则无法计算这个场景：',
    retry: '重试',
    dismiss: '关闭',
    noScenarios: '这个版本中没有找到任何场景文件。',
    workerStatus: '规则 Worker 状态',
    workerRestarted: (n: number, reason: string) =>
      `规则 Worker 停止后已重新启动（${n} 次）：${reason}。它已恢复应答。`,
    panelFailed: (why: string) => `这个面板无法绘制这一步（${why}）。其他面板仍然可以使用。`,
    keysHint: '← → 单步 · 空格 播放/暂停 · Home/End 跳转',
  },
} satisfies Record<Lang, unknown>;

export type UiStrings = (typeof UI)['en'];

/** The picker's titles, in product.md order; a scenario not listed falls back to its id. */
export const SCENARIO_TITLES: Record<string, Record<Lang, string>> = {
  'bare-metal': { en: 'Bare metal (no hypervisor)', zh: '裸机（没有虚拟机监控器）' },
  'type1-xen': { en: 'Type 1: Xen', zh: 'Type 1：Xen' },
  'type2-kvm-nvhe': { en: 'Type 2: KVM without VHE (nVHE)', zh: 'Type 2：不用 VHE 的 KVM（nVHE）' },
  'type2-kvm-vhe': { en: 'Type 2: KVM with VHE', zh: 'Type 2：使用 VHE 的 KVM' },
  pkvm: { en: 'Protected KVM (pKVM)', zh: '受保护的 KVM（pKVM）' },
  'linux-boot': { en: 'Linux boot: VHE, nVHE or pKVM?', zh: 'Linux 启动：VHE、nVHE 还是 pKVM？' },
  'register-redirection': { en: 'Register redirection (E2H)', zh: '寄存器重定向（E2H）' },
  'exception-routing': { en: 'Exception routing', zh: '异常路由' },
  'address-spaces': { en: 'Address spaces', zh: '地址空间' },
  timers: { en: 'Generic timers under E2H', zh: 'E2H 下的通用定时器' },
  'nvhe-vs-vhe': { en: 'nVHE vs VHE, side by side', zh: 'nVHE 与 VHE 对比' },
  'virtual-interrupts': { en: 'Virtual interrupts and list registers', zh: '虚拟中断与列表寄存器' },
  'trap-and-emulate': { en: 'Trap and emulate', zh: '捕获并模拟' },
  'stage2-and-vmids': { en: 'Stage 2 and VMIDs', zh: '第二阶段与 VMID' },
  'nested-virt': { en: 'Nested virtualization: NV vs NV2', zh: '嵌套虚拟化：NV 与 NV2 对比' },
  'secure-el2': { en: 'Secure EL2: an FF-A call', zh: '安全 EL2：一次 FF-A 调用' },
  'device-dma': { en: 'Device DMA through the SMMU', zh: '经由 SMMU 的设备 DMA' },
  'x86-vs-arm': { en: 'x86 VT-x vs Arm nVHE vs Arm VHE', zh: 'x86 VT-x、Arm nVHE 与 Arm VHE 对比' },
};

export function scenarioTitle(id: string, lang: Lang): string {
  return SCENARIO_TITLES[id]?.[lang] ?? id;
}
