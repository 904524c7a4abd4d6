// Simplified Chinese for the core's reasons, by rule id: loaded with the Chinese messages
// (src/i18n/zh), never on the first view. English comes from the core itself; these templates
// use the same {placeholders}, filled from the params the core records (ruleText.ts).
// The functions that use them are in ruleText.ts, re-exported here for the rules' tests.
import type { RuleId } from '../core/rules';
import type { BlockCode, Outcome } from '../machine/types';
import type { Lang } from './lang';
import { BLOCKED_EN, OUTCOMES_EN, type RuleWords, setZhRules, type ZhRule } from './ruleText';

export * from './ruleText';

const ARM_MASKING = 'Arm ARM D1.3.6，异步异常屏蔽';
const ARM_ROUTING = 'Arm ARM D1.3.4，异常路由';

/** Simplified Chinese for every rule id; `satisfies` makes a missing id a type error. */
export const ZH_RULES = {
  'R-EL2-ENABLED': { detail: 'EL2 已实现并在{world}状态下启用，因此 HCR_EL2 生效。' },
  'R-EL2-ABSENT': { detail: '未实现 EL2：HCR_EL2 不起作用，也没有任何东西会被路由到 EL2。' },
  'R-EL2-SECURE-DISABLED': {
    detail:
      'SCR_EL3.NS=0 使 EL0-EL2 处于安全状态，且未启用安全 EL2（SCR_EL3.EEL2=0 或没有 FEAT_SEL2）：EL2 未启用，HCR_EL2 不起作用。',
  },
  'R-EL3-ABSENT': {
    detail:
      '未实现 EL3：PE 的行为如同 SCR_EL3.HCE=1、RW=1，且 SCR_EL3 的路由位都为 0；除非它是只有安全状态的实现，否则如同 NS=1；已实现的 EL2 总是启用的。',
  },

  'R-HCR-E2H-RES0': { detail: '未实现 FEAT_VHE，因此 HCR_EL2.E2H 是 RES0，按 0 处理。' },
  'R-HCR-TGE-E2H0': {
    detail:
      'HCR_EL2.TGE=1 且 E2H=0：FMO、IMO、AMO 按 1 处理；TSC、VI、VF、VSE、TVM、TRVM 和 TID3 按 0 处理；EL0 的 EL1&0 stage 1 转换被关闭。',
  },
  'R-HCR-TGE-E2H1': {
    detail:
      'HCR_EL2.{E2H,TGE}={1,1}：VM、FMO、IMO、AMO、TWI、TWE、TSC、VI、VF、VSE、TVM、TRVM 和 TID3 按 0 处理，RW 按 1 处理：此时没有客户机，EL0 属于宿主机。',
  },
  'R-HCR-AS-WRITTEN': { detail: 'HCR_EL2.TGE=0：HCR_EL2 的各个位按写入的值生效。' },

  'R-IRQ-SCR': { detail: 'SCR_EL3.IRQ=1：物理 IRQ 被路由到 EL3。' },
  'R-FIQ-SCR': { detail: 'SCR_EL3.FIQ=1：物理 FIQ 被路由到 EL3。' },
  'R-SERROR-SCR': { detail: 'SCR_EL3.EA=1：SError 被路由到 EL3。' },
  'R-IRQ-TGE': { detail: 'HCR_EL2.TGE=1：物理 IRQ 被路由到 EL2，不管 HCR_EL2.IMO 是多少。' },
  'R-FIQ-TGE': { detail: 'HCR_EL2.TGE=1：物理 FIQ 被路由到 EL2，不管 HCR_EL2.FMO 是多少。' },
  'R-SERROR-TGE': { detail: 'HCR_EL2.TGE=1：SError 被路由到 EL2，不管 HCR_EL2.AMO 是多少。' },
  'R-IRQ-IMO': { detail: 'HCR_EL2.IMO=1：物理 IRQ 被路由到 EL2。' },
  'R-FIQ-FMO': { detail: 'HCR_EL2.FMO=1：物理 FIQ 被路由到 EL2。' },
  'R-SERROR-AMO': { detail: 'HCR_EL2.AMO=1：SError 被路由到 EL2。' },
  'R-IRQ-EL1': { detail: 'SCR_EL3.IRQ 和 HCR_EL2 都没有把这个 IRQ 路由到更高的 EL，所以它的目标是 EL1。' },
  'R-FIQ-EL1': { detail: 'SCR_EL3.FIQ 和 HCR_EL2 都没有把这个 FIQ 路由到更高的 EL，所以它的目标是 EL1。' },
  'R-SERROR-EL1': { detail: 'SCR_EL3.EA 和 HCR_EL2 都没有把这个 SError 路由到更高的 EL，所以它的目标是 EL1。' },

  'R-INT-PENDING-LOWER': {
    source: ARM_MASKING,
    detail: '目标 EL{target} 低于当前的 EL{current}：这个 {kind} 不会被接收，而是保持挂起。',
  },
  'R-INT-EL3-UNMASKED': {
    source: ARM_MASKING,
    detail: '这个 {kind} 的目标是 EL3，高于当前的 EL{current}：不管 PSTATE.{mask} 是多少，它都会被接收。',
  },
  'R-INT-EL2-UNMASKED': {
    source: ARM_MASKING,
    detail:
      '这个 {kind} 的目标是 EL2，高于当前的 EL{current}，且 HCR_EL2.{E2H,TGE} 不按 {1,1} 生效：PSTATE.{mask} 无法屏蔽它，所以它立即被接收。',
  },
  'R-INT-VHE-HOST-MASK': {
    detail:
      '在 HCR_EL2.{E2H,TGE}={1,1} 时（宿主机自己的世界：EL0 运行宿主机内核的用户空间），EL{current} 的 PSTATE.{mask} 可以屏蔽路由到 EL2 的中断，就像普通操作系统那样。',
  },
  'R-INT-PSTATE-MASKED': {
    detail: 'EL{current} 的 PSTATE.{mask}=1 屏蔽了这个目标为 EL{target} 的 {kind}：它保持挂起，直到被解除屏蔽。',
  },
  'R-INT-PSTATE-UNMASKED': { detail: 'EL{current} 的 PSTATE.{mask}=0：这个 {kind} 被接收，进入 EL{target}。' },

  'R-VINT-NOT-SIGNALLED': { detail: '没有发出 {kind}：HCR_EL2.{bit}=0，GIC 也没有发出虚拟中断。' },
  'R-VINT-HCR': { detail: 'HCR_EL2.{bit}=1 发出一个 {kind}，不需要中断控制器参与。' },
  'R-VINT-GIC': {
    detail: 'GIC 的虚拟 CPU 接口发出一个 {kind}：某个列表寄存器中有一个待处理（pending）的虚拟中断。',
  },
  'R-VINT-EL2-DISABLED': { detail: 'EL2 未启用：{kind} 永远不会处于待处理状态。' },
  'R-VINT-TGE': {
    detail: 'HCR_EL2.TGE=1：此时没有客户机，{kind} 永远不会处于待处理状态（HCR_EL2.{bit} 按 0 处理）。',
  },
  'R-VINT-ROUTE-OFF': { detail: 'HCR_EL2.{route}=0：虚拟 {kind} 被禁用，这个信号被忽略。' },
  'R-VINT-PENDING-HIGHER': {
    detail: '{kind} 只在 EL0 或 EL1 被接收：在 EL{current} 它保持待处理，直到返回客户机。',
  },
  'R-VINT-MASKED': { detail: 'EL{current} 的 PSTATE.{mask}=1：这个 {kind} 对 EL1 保持待处理。' },
  'R-VINT-TAKEN': {
    detail: 'HCR_EL2.{route}=1、TGE=0 且 EL{current} 的 PSTATE.{mask}=0：这个 {kind} 进入 EL1，不需要退出到 EL2。',
  },
  'R-VINT-VSESR': {
    detail:
      '这个 vSError 写入 ESR_EL1：EC 0x2F（SError），以及 EL2 预先放在 VSESR_EL2 中的综合信息（IDS 和 ISS，FEAT_RAS）：ISS {iss}。接收它会清除 HCR_EL2.VSE。',
  },

  'R-SYNC-EL0-EL1': { source: ARM_ROUTING, detail: '来自 EL0 的异常进入 EL1，由内核处理。' },
  'R-SYNC-EL0-TGE': {
    detail: 'HCR_EL2.TGE=1：本该进入 EL1 的 EL0 异常改为进入 EL2（EL0 属于宿主机，而不是客户机）。',
  },
  'R-SYNC-SAME-EL': {
    source: ARM_ROUTING,
    detail: '在 EL{current} 产生的异常在 EL{current} 被接收：异常永远不会往下走。',
  },
  'R-SVC': { detail: 'SVC 是系统调用（supervisor call）：向当前上下文的内核请求服务。' },
  'R-HVC': { detail: 'HVC 是 hypervisor 调用：它进入 EL2。' },
  'R-HVC-EL3': { detail: '在 EL3 执行的 HVC 在 EL3 被接收。' },
  'R-HVC-UNDEF-EL0': { detail: 'HVC 在 EL0 是 UNDEFINED：应用程序不能直接调用 hypervisor。' },
  'R-HVC-UNDEF-HCE': { detail: 'SCR_EL3.HCE=0 禁用了 HVC：这条指令是 UNDEFINED。' },
  'R-HVC-UNDEF-NOEL2': { detail: '没有已启用的 EL2 可供调用：HVC 是 UNDEFINED。' },
  'R-SMC': { detail: 'SMC 是安全监控调用（secure monitor call）：它进入 EL3（固件）。' },
  'R-SMC-TSC': {
    detail:
      'HCR_EL2.TSC=1 把在 EL1 执行的 SMC 陷入到 EL2（EC 0x17）：EL1 上的软件发出的每个固件调用，hypervisor 都能看到，并可以过滤或模拟。',
  },
  'R-SMC-TSC-NOEL3-TRAP': {
    source: 'AArch64.CheckForSMCUndefOrTrap，由实现定义（IMPLEMENTATION DEFINED）的 "Trap SMC execution at EL1 to EL2"',
    detail: '没有 EL3，而本实现选择陷入：HCR_EL2.TSC=1 时，EL1 的 SMC 仍被陷入到 EL2。',
  },
  'R-SMC-TSC-NOEL3-UNDEF': {
    source: 'AArch64.CheckForSMCUndefOrTrap，由实现定义（IMPLEMENTATION DEFINED）的 "Trap SMC execution at EL1 to EL2"',
    detail:
      '没有 EL3：HCR_EL2.TSC=1 是否仍把 EL1 的 SMC 陷入到 EL2，由实现定义（IMPLEMENTATION DEFINED）。这个 PE（和 QEMU 一样）不陷入，所以 SMC 是 UNDEFINED。',
  },
  'R-SMC-UNDEF-EL0': { detail: 'SMC 在 EL0 是 UNDEFINED。' },
  'R-SMC-UNDEF-NOEL3': { detail: '未实现 EL3：SMC 是 UNDEFINED。' },
  'R-WFI-TWI': { detail: 'HCR_EL2.TWI=1 把 EL0/EL1 的 WFI 陷入到 EL2，这样空闲的客户机会把 CPU 让出来。' },
  'R-WFE-TWE': { detail: 'HCR_EL2.TWE=1 把 EL0/EL1 的 WFE 陷入到 EL2。' },
  'R-WFX-NOTRAP': {
    detail:
      '{kind} 没有被陷入：它在 EL{current} 执行（PE 可能在那里等待）。本模拟未建模 SCTLR_ELx.nTW* 和 SCR_EL3.TW*。',
  },
  'R-ABT-S1': {
    source: 'AArch64.Abort，stage 1 故障',
    detail: 'stage 1 转换故障交给拥有 stage 1 页表的那个内核处理。',
  },
  'R-ABT-S1-TGE': { detail: 'HCR_EL2.TGE=1 把来自 EL0/EL1 的中止（abort）路由到 EL2。' },
  'R-ABT-S2': { detail: '来自 EL0/EL1 的 stage 2 故障总是进入 EL2：stage 2 页表归 hypervisor 所有。' },
  'R-ABT-S2-OFF': {
    detail:
      '当前转换体制的 stage 2 已关闭（HCR_EL2.VM 按 0 处理，或 EL2 未启用），因此这里不可能发生真正的 stage 2 故障。',
  },
  'R-ABT-S2-NOREGIME': {
    source: 'Arm ARM D8，转换体制',
    detail: 'EL{current} 的转换体制没有 stage 2：在 EL{current} 发生的故障是 stage 1 故障，在 EL{current} 被接收。',
  },
  'R-UNDEF': {
    detail: 'UNDEFINED 指令会引发“未定义指令”异常（ESR EC 0x00，原因未知），其路由与这个 EL 的其他异常相同。',
  },
  'R-ILLEGAL-STATE': {
    detail:
      'PSTATE.IL=1（由一次非法异常返回留下）：EL{current} 的下一条指令不会执行，而是引发“非法执行状态”异常（EC 0x0E）。',
  },

  'R-ERET-OK': { detail: 'ERET 按照 SPSR_EL{current} 和 ELR_EL{current} 的内容，从 EL{current} 返回到 EL{target}。' },
  'R-ERET-ILLEGAL-HIGHER': { detail: 'ERET 不能往上走：从 EL{current} 返回到 EL{target} 是非法的异常返回。' },
  'R-ERET-ILLEGAL-ABSENT': {
    detail: 'EL{target} 未实现，或未启用（SCR_EL3.NS=0 且没有安全 EL2 时的 EL2）：这次返回是非法的。',
  },
  'R-ERET-ILLEGAL-TGE': {
    detail: 'HCR_EL2.TGE=1 禁止返回到 EL1：KVM 必须在进入客户机之前清除 TGE，否则这次 ERET 是非法的。',
  },
  'R-ERET-ILLEGAL-IL': {
    detail:
      '非法的异常返回会置位 PSTATE.IL，停留在 EL{current}，并跳转到 ELR_EL{current}：下一条指令在 EL{current} 引发“非法执行状态”异常（EC 0x0E）。',
  },
  'R-ERET-UNDEF-EL0': {
    source: 'ERET（译码：PSTATE.EL == EL0 时为 UNDEFINED）',
    detail: 'ERET 在 EL0 是 UNDEFINED：在最低的 EL 没有可以返回的异常。',
  },

  'R-SYSREG-OWN': {
    source: 'Arm ARM D13，{reg} 的可访问性',
    detail: '{reg} 在 EL{current} 可以访问：这次访问到达 {reaches}。',
  },
  'R-SYSREG-REDIRECT-E2H': {
    source: 'HCR_EL2.E2H，FEAT_VHE 寄存器重定向',
    detail: '在 EL2 且 HCR_EL2.E2H=1 时，{reg} 被重定向到 {reaches}，这样未经修改的内核就能运行在 EL2。',
  },
  'R-SYSREG-REDIRECT-HOST-EL0': {
    detail: '在 EL0 且 HCR_EL2.{E2H,TGE}={1,1} 时，EL0 的计时器寄存器名 {reg} 到达 EL2 的计时器 {reaches}。',
  },
  'R-SYSREG-NO-REDIRECT-E2H0': { detail: 'HCR_EL2.E2H=0：{reg} 不被重定向，访问到达 {reaches}。' },
  'R-SYSREG-NOT-REDIRECTED': {
    source: 'FEAT_VHE 寄存器重定向',
    detail: '{reg} 没有对应的 EL2 寄存器，永远不会被重定向：访问到达 {reaches}。',
  },
  'R-SYSREG-EL3-NO-REDIRECT': {
    source: 'FEAT_VHE 寄存器重定向',
    detail: 'EL3 从不进行重定向：{reg} 到达 {reaches}。',
  },
  'R-SYSREG-ALIAS': {
    detail:
      '{reg} 是别名，不是重定向：当 E2H=1 时，从 EL2（或 EL3）用它自己的名字访问到真正的 {reaches}。KVM 就是这样切换客户机状态的。',
  },
  'R-SYSREG-ALIAS-UNDEF': {
    detail: '{reg} 只在 EL2/EL3、HCR_EL2.E2H=1 且 EL2 已启用时存在：在这里它是 UNDEFINED。',
  },
  'R-SYSREG-HIGHER-UNDEF': {
    source: 'Arm ARM D13，{reg} 的可访问性',
    detail:
      '{reg} 属于 EL{owner}：从 EL{current} 访问它是 UNDEFINED（若有 FEAT_NV 且 HCR_EL2.NV=1，EL1 访问 EL2 寄存器名会改为陷入）。',
  },
  'R-SYSREG-FEATURE-UNDEF': { detail: '{reg} 只在实现了 {feature} 时存在：这次访问是 UNDEFINED。' },
  'R-SYSREG-EL-ABSENT': { detail: '未实现 EL{owner}，所以 {reg} 不存在：这次访问是 UNDEFINED。' },
  'R-SYSREG-READ-ONLY': { detail: '{reg} 在 EL{current} 是只读的：对它执行 MSR 是 UNDEFINED。' },
  'R-SYSREG-TVM': { detail: 'HCR_EL2.TVM=1：在 EL1 对 {reg} 执行的 MSR 被捕获（trap）到 EL2（ESR_EL2.EC 0x18）。' },
  'R-SYSREG-TRVM': { detail: 'HCR_EL2.TRVM=1：在 EL1 对 {reg} 执行的 MRS 被捕获到 EL2（ESR_EL2.EC 0x18）。' },
  'R-SYSREG-TID3': {
    detail: 'HCR_EL2.TID3=1：在 EL1 读取第 3 组 ID 寄存器 {reg} 的 MRS 被捕获到 EL2（ESR_EL2.EC 0x18）。',
  },
  'R-SYSREG-TRAP-TGE': { detail: 'HCR_EL2.{bit}=1，但 TGE=1 使它按 0 处理：对 {reg} 的 {op} 不会被捕获。' },
  'R-SYSREG-VPIDR': { detail: 'EL1 且 EL2 已启用：读取 {reg} 的 MRS 返回 {reaches}，即 EL2 选定的值；不会被捕获。' },

  'R-REGIME-EL10': {
    source: 'Arm ARM D8.1，EL1&0 转换体制',
    detail:
      'TGE=0 时 EL{current} 使用 EL1&0 转换体制：低地址范围用 TTBR0_EL1，高地址范围用 TTBR1_EL1，并带 ASID 标记。',
  },
  'R-REGIME-TGE-S1-OFF': {
    detail:
      'HCR_EL2.TGE=1 关闭了 EL{current} 的 EL1&0 stage 1（SCTLR_EL1.M 按 0 处理）：每个 VA 原样作为 stage 1 的输出（平坦映射）。',
  },
  'R-REGIME-EL20': {
    source: 'Arm ARM D8.1，EL2&0 转换体制；HCR_EL2.E2H',
    detail: 'HCR_EL2.E2H=1 让 EL2 使用 EL2&0 转换体制：两个地址范围（TTBR0_EL2 和 TTBR1_EL2）并带 ASID，和内核的一样。',
  },
  'R-REGIME-EL0-HOST': {
    detail: '在 EL0 且 HCR_EL2.{E2H,TGE}={1,1} 时，宿主机应用程序运行在宿主机内核的 EL2&0 转换体制中。',
  },
  'R-REGIME-EL2': {
    source: 'Arm ARM D8.1，EL2 转换体制',
    detail: 'E2H=0 时 EL2 使用 EL2 转换体制：只有一个地址范围（TTBR0_EL2），没有 ASID；hypervisor 不承载应用程序。',
  },
  'R-REGIME-EL3': {
    source: 'Arm ARM D8.1，EL3 转换体制',
    detail: 'EL3 有自己的转换体制：一个地址范围（TTBR0_EL3），没有 ASID，没有 stage 2。',
  },
  'R-STAGE2-ON': {
    detail:
      'HCR_EL2.VM=1（按生效值）：stage 2（VTTBR_EL2，带 VMID 标记）把 EL1&0 转换体制的中间物理地址（IPA）转换为 PA。',
  },
  'R-STAGE2-SECURE': {
    detail:
      '安全状态下 HCR_EL2.VM=1：安全 IPA 空间的 stage 2 遍历 VSTTBR_EL2（以 VMID 标记），它是 VTTBR_EL2 在安全世界的对应寄存器，归安全 EL2 的 hypervisor（如 SPMC）所有。',
  },
  'R-STAGE2-OFF': { detail: 'stage 2 已关闭：stage 1 的输出就是物理地址。' },
  'R-REGIME-TABLES': {
    detail: 'stage 1 遍历 {tables}；stage 2 遍历 {stage2}；TLB 条目带有 {tags} 标记。',
  },

  'R-GIC-ICV': {
    detail:
      'EL1、EL2 已启用且 HCR_EL2.{route}=1：第 {group} 组的 ICC_* 名字访问到虚拟 CPU 接口（ICV_*），它读取列表寄存器；不会被捕获。',
  },
  'R-GIC-ICC': { detail: '在 EL{current}（或 HCR_EL2.{route}=0 时），第 {group} 组的 ICC_* 名字访问到物理 CPU 接口。' },
  'R-TIMER-EL2-UP': { detail: 'EL{current}：CNTHCTL_EL2 不会捕获它自己所在的 EL 或 EL3 的访问。' },
  'R-TIMER-NOEL2': { detail: 'EL2 未启用：CNTHCTL_EL2 不捕获任何访问。' },
  'R-TIMER-E2H0': {
    detail: 'HCR_EL2.E2H=0：CNTHCTL_EL2.{field}（第 {bit} 位）控制 EL0/EL1 对物理 {resource} 的访问。',
  },
  'R-TIMER-E2H1': {
    detail:
      'HCR_EL2.E2H=1：CNTHCTL_EL2 采用 CNTKCTL_EL1 的布局，{field} 移到第 {bit} 位；它控制客户机对物理 {resource} 的访问。',
  },
  'R-TIMER-HOST-EL0': {
    detail: 'HCR_EL2.{E2H,TGE}={1,1}：CNTHCTL_EL2.{field}（第 {bit} 位）控制宿主机 EL0 对物理 {resource} 的访问。',
  },
  'R-TIMER-ENABLED': { detail: '{field}=1：访问照常进行。' },
  'R-TIMER-TRAPPED': { detail: '{field}=0：访问被捕获到 EL2（ESR_EL2.EC 0x18）。' },
  'R-CNTVOFF-APPLIES': { detail: '在 EL{current}，虚拟计数等于物理计数减去 CNTVOFF_EL2。' },
  'R-CNTVOFF-NOEL2': { detail: '未实现 EL2：虚拟偏移为 0，虚拟计数与物理计数相等。' },
  'R-CNTVOFF-EL2-E2H': { detail: 'EL2 且 E2H=1：虚拟偏移为 0（宿主机通过 CNTVCT_EL0 看到的是物理计数）。' },
  'R-CNTVOFF-HOST-EL0': { detail: 'EL0 且 HCR_EL2.{E2H,TGE}={1,1}：对宿主机应用程序，虚拟偏移为 0。' },

  'R-BOOT-EL1': { detail: '固件在 EL1 进入内核：没有可用的 EL2，所以内核运行在 EL1，没有 KVM。' },
  'R-BOOT-EL1-IGNORED': {
    detail:
      '从 Linux 6.1 起，在 EL1 进入的内核会忽略 kvm-arm.mode（none 除外），并打印 "KVM is not available. Ignoring kvm-arm.mode"。',
  },
  'R-BOOT-NO-MODE-PARAM': { detail: 'kvm-arm.mode 从 Linux 5.11 才开始存在：Linux {kernel} 不会理会它。' },
  'R-BOOT-MALFORMED': {
    detail:
      'Linux {kernel} 不认识 kvm-arm.mode={mode}：它打印 "Malformed early option \u2018kvm-arm.mode\u2019" 并保持默认值。',
  },
  'R-BOOT-CONFIG-VHE': {
    detail:
      'Linux {kernel} 以 CONFIG_ARM64_VHE=y 构建，在支持 FEAT_VHE 的 CPU 上从 EL2 进入：它设置 HCR_EL2.E2H 并运行在 EL2（VHE）。',
  },
  'R-BOOT-CONFIG-VHE-OFF': {
    detail:
      'Linux {kernel} 构建时没有 CONFIG_ARM64_VHE：即使 CPU 支持 FEAT_VHE，它也把 hyp stub 留在 EL2，自己运行在 EL1。',
  },
  'R-BOOT-VH0': {
    detail:
      'kvm-arm.mode={mode} 同时是 id_aa64mmfr1.vh=0 的别名，会隐藏 FEAT_VHE：hyp stub 拒绝切换到 VHE，内核运行在 EL1。',
  },
  'R-BOOT-NOVHE-CPU': { detail: 'CPU 没有 FEAT_VHE：内核把 hyp stub 留在 EL2，自己运行在 EL1。' },
  'R-BOOT-VHE': {
    detail:
      '在支持 FEAT_VHE 的 CPU 上从 EL2 进入且没有任何覆盖选项：内核请求它的 hyp stub（HVC_VHE_RESTART）设置 HCR_EL2.E2H，并运行在 EL2（VHE）。',
  },
  'R-BOOT-HVHE': {
    detail:
      'arm64_sw.hvhe=1（Linux 6.5 及以后）：__finalise_el2 不把内核移到 EL2，内核运行在 EL1，只有 KVM 的 EL2 代码会使用 E2H=1。',
  },
  'R-BOOT-HVHE-FILTERED': {
    detail: 'hvhe_filter 丢弃 arm64_sw.hvhe=1：它要求内核从 EL2 进入，且 CPU 支持 FEAT_VHE（ID_AA64MMFR1_EL1.VH）。',
  },
  'R-BOOT-HVHE-UNKNOWN': { detail: 'arm64_sw.hvhe 从 Linux 6.5 才开始存在：Linux {kernel} 不会理会它。' },
  'R-BOOT-PROTECTED-HVHE': {
    detail:
      '从 Linux 6.10 起，kvm-arm.mode=protected 是 arm64_sw.hvhe=1 的别名（nvhe 则是 arm64_sw.hvhe=0 id_aa64mmfr1.vh=0）：在支持 FEAT_VHE 的 CPU 上 pKVM 使用 hVHE。',
  },
  'R-BOOT-PROTECTED-VHE': {
    detail:
      '内核运行在 EL2（VHE）时使用 kvm-arm.mode=protected："Protected KVM not available with VHE"，KVM 仍是 VHE。',
  },
  'R-BOOT-KVM-NONE': {
    detail: 'kvm-arm.mode=none（Linux 5.16 及以后）禁用 KVM；它不会隐藏 FEAT_VHE，所以内核所在的 EL 不变。',
  },
  'R-BOOT-KVM-NVHE': { detail: 'KVM 以分离模式（nVHE）运行：宿主机内核在 EL1，KVM 的 hyp 代码在 EL2。' },
  'R-BOOT-KVM-HVHE': {
    detail: 'hVHE：KVM 的 EL2 代码以 HCR_EL2.E2H=1、TGE=0 运行在 EL2&0 转换体制中，而宿主机内核留在 EL1。',
  },
  'R-BOOT-KVM-PROTECTED': {
    detail: 'kvm-arm.mode=protected：即 pKVM；EL2 的 hypervisor 掌管内存，并把宿主机也放在它自己的 stage 2 之后。',
  },
  'R-BOOT-KVM-VHE': { detail: '内核运行在 EL2，所以 KVM 以 VHE 模式运行：进入宿主机内核不需要世界切换。' },
  'R-BOOT-KVM-NESTED': {
    detail: 'kvm-arm.mode=nested（Linux 6.3 及以后），内核为 VHE 且 CPU 具备所需特性：KVM 可以提供嵌套虚拟化。',
  },
  'R-BOOT-NESTED-NEEDS-VHE': {
    detail:
      'kvm-arm.mode=nested 要求内核在 EL2（VHE）：这里 WARN_ON 触发，该选项被当作格式错误拒绝，KVM 保持默认模式。',
  },
  'R-BOOT-NESTED-NV2': { detail: '从 Linux 6.8 起，嵌套虚拟化要求 FEAT_NV2，仅有 FEAT_NV 不够。' },
  'R-BOOT-NESTED-NO-FEAT': {
    detail: 'CPU 缺少 {feature}："unavailable: Nested Virtualization Support"，KVM 作为普通 VHE KVM 运行。',
  },

  'R-VMX-ROOT': {
    source: 'Intel SDM 卷 3C 第 24 章，VMX 操作简介',
    detail:
      '在 VMX 根模式（ring {ring}）下，{event} 的行为与没有 VMX 的处理器相同：不会引起 VM exit；hypervisor 就运行在这里。',
  },
  'R-VMX-ROOT-CPL': {
    source: 'Intel SDM 卷 2 / 卷 3C 第 31 章，指令伪代码（CPL > 0）',
    detail: '根模式下 ring {ring} 的 {event} 是特权指令：它通过宿主机 IDT 引发 #GP(0)。',
  },
  'R-VMX-ENTRY': {
    source: 'Intel SDM 卷 3C 第 27 章，VM entry（27.3.2 加载客户机状态）',
    detail:
      '根模式 ring 0 的 {event} 是一次 VM entry：处理器从 VMCS 的客户机状态区加载客户机状态，在非根模式 ring {ring} 运行客户机。',
  },
  'R-VMX-EXIT-STATE': {
    source: 'Intel SDM 卷 3C 28.3 保存客户机状态，28.5 加载宿主机状态',
    detail:
      '一次 VM exit：处理器把客户机状态（ring {ring}、RIP、RSP、CR3……）保存到 VMCS 的客户机状态区，并从宿主机状态区加载宿主机状态：根模式、ring 0、hypervisor 的 RIP。',
  },
  'R-VMX-EXIT-UNCOND': {
    source: 'Intel SDM 卷 3C 26.1.2，无条件引起 VM exit 的指令',
    detail: '{event} 在非根模式下总是引起 VM exit：没有任何 VM 执行控制能让客户机直接执行它。',
  },
  'R-VMX-EXIT-VMX-INSN': {
    source: 'Intel SDM 卷 3C 26.1.2，无条件引起 VM exit 的指令',
    detail:
      '{event} 是随 VMX 引入的指令：在非根模式下，它在任何 ring 都会先于 CPL 检查引起 VM exit（客户机里的 hypervisor 由真正的 hypervisor 模拟）。',
  },
  'R-VMX-FAULT-PRIORITY': {
    source: 'Intel SDM 卷 3C 26.1.1，异常与 VM exit 的优先级',
    detail:
      'ring {ring} 的 {event} 先因特权级产生异常，而不是 VM exit：#GP(0) 通过客户机 IDT 递交，hypervisor 根本看不到它。',
  },
  'R-VMX-HLT-EXITING': {
    source: 'Intel SDM 卷 3C 26.1.3，“HLT exiting”（主处理器执行控制第 7 位）',
    detail: '“HLT exiting” 执行控制为 1：HLT 引起 VM exit，空闲的客户机把 CPU 交还出来。',
  },
  'R-VMX-HLT-NOEXIT': {
    source: 'Intel SDM 卷 3C 26.1.3，“HLT exiting”',
    detail: '“HLT exiting” 执行控制为 0：HLT 在非根模式下让逻辑处理器停机。',
  },
  'R-VMX-MSR-NO-BITMAPS': {
    source: 'Intel SDM 卷 3C 26.1.3，{event}，“use MSR bitmaps”（主处理器执行控制第 28 位）',
    detail: '“use MSR bitmaps” 控制为 0：每一次 {event} 都引起 VM exit。',
  },
  'R-VMX-MSR-BITMAP-1': {
    source: 'Intel SDM 卷 3C 26.1.3，{event}；25.6.9 MSR 位图地址',
    detail: '该 MSR 在 {bitmap} 位图中的位为 1：{event} 引起 VM exit。',
  },
  'R-VMX-MSR-BITMAP-0': {
    source: 'Intel SDM 卷 3C 26.1.3，{event}；25.6.9 MSR 位图地址',
    detail: '该 MSR 在 {bitmap} 位图中的位为 0：{event} 在客户机中直接执行，不引起 VM exit。',
  },
  'R-VMX-EXTINT-EXITING': {
    source: 'Intel SDM 卷 3C 26.2，“external-interrupt exiting”（引脚执行控制第 0 位）',
    detail:
      '“external-interrupt exiting” 控制为 1：外部中断引起 VM exit，不管客户机的 RFLAGS.IF 是多少（相当于 Arm 上的 HCR_EL2.IMO=1）。',
  },
  'R-VMX-EXTINT-IDT': {
    source: 'Intel SDM 卷 3C 26.2，“external-interrupt exiting”',
    detail: '“external-interrupt exiting” 控制为 0：中断通过客户机 IDT 递交到 ring {ring}，没有 VM exit。',
  },
  'R-VMX-EXTINT-IF-BLOCKED': { detail: 'RFLAGS.IF=0 阻塞可屏蔽的外部中断：这个中断保持挂起。' },
  'R-VMX-EPT-VIOLATION': {
    source: 'Intel SDM 卷 3C 26.2；第 29 章，EPT 引起的 VM exit（“enable EPT”，次处理器执行控制第 1 位）',
    detail:
      'EPT 已开启且没有映射这个客户机物理地址：EPT violation VM exit（hypervisor 的 stage 2 缺页，相当于 Arm 上进入 EL2 的 stage 2 abort）。',
  },
  'R-VMX-EPT-OFF': {
    source: 'Intel SDM 卷 3C 第 29 章，“enable EPT”',
    detail: '在{mode}模式下，没有 “enable EPT”=1 就没有要转换的客户机物理地址：不会有 EPT violation。',
  },
  'R-VMX-GETSEC-UD': {
    source: 'Intel SDM 卷 2 GETSEC，卷 3C 26.1.2 脚注',
    detail: 'CR4.SMXE=0：GETSEC 先产生 #UD，不会 VM exit（SMXE=1 时它在任何 ring 都会 VM exit）。',
  },

  'R-SMMU-S2': {
    detail:
      '设备的流表项（STE）启用了 stage 2：SMMU 遍历 STE.S2TTB 指向、以 STE.S2VMID 标记的页表，把客户机交给设备的地址（IPA）转换成 PA。',
  },
  'R-SMMU-BYPASS': {
    source: 'IHI 0070 5.2，STE.Config = 0b100（旁路）',
    detail:
      '流表项旁路了地址转换：设备的地址直接当作 PA 使用，直通的设备就能访问任何内存。这正是 VFIO 需要 SMMU 的原因。',
  },
  'R-SMMU-FAULT-EVENT': {
    source: 'IHI 0070 3.12、7.3（F_TRANSLATION，事件队列）',
    detail:
      'stage 2 没有映射这个地址：SMMU 终止这次传输，并在事件队列中记录一个 F_TRANSLATION 事件（0x10）。没有任何 CPU 进入异常；驱动稍后读取这个事件。',
  },

  'R-CURRENTEL': { detail: 'CurrentEL 读出 EL{current}：PE 就在这个级别。' },
  'R-NV-CURRENTEL': {
    detail: 'HCR_EL2.NV=1：在 EL1 读 CurrentEL 返回 EL2，于是运行在 EL1 的客户机 hypervisor 以为自己在 EL2。',
  },
  'R-NV-SYSREG-TRAP': {
    detail:
      'HCR_EL2.NV=1：在 EL1 访问 {reg} 不再是 UNDEFINED，而是陷入到 EL2（ESR_EL2.EC 0x18），由真正的 hypervisor 模拟客户机 hypervisor 的这次访问。',
  },
  'R-NV2-NOT-MAPPED-TRAP': {
    detail:
      '在当前配置下 {reg} 没有映射到 VNCR 页：它仍然陷入到 EL2（EC 0x18）。（NV2 把部分 EL2 寄存器转换为对应 EL1 寄存器的行为未建模。）',
  },
  'R-NV2-VNCR': {
    detail:
      'HCR_EL2.{NV,NV2}={1,1}：{reg} 变成对 VNCR_EL2 + {offset} 的一次内存读写，真正的 hypervisor 稍后再读取：不陷入。',
  },
  'R-NV-ERET-TRAP': {
    detail:
      'HCR_EL2.NV=1：EL1 的 ERET 陷入到 EL2（ESR_EL2.EC 0x1A）：客户机 hypervisor 返回它的客户机，要经过真正的 hypervisor。',
  },
  'R-ERET-NOTRAP': { detail: 'EL{current} 的 ERET 不被陷入（HCR_EL2.NV 不适用）：这是一次异常返回。' },
} as const satisfies Record<RuleId, ZhRule>;

/** Param values that are English words in the core; everything else (names, numbers) stays. */
const ZH_VALUES: Record<string, string> = {
  Secure: '安全',
  'Non-secure': '非安全',
  root: '根',
  'non-root': '非根',
  read: '读',
  write: '写',
};

const ZH_WORDS: RuleWords = {
  blocked: {
    'not-running': '{actor} 无法执行这一步：此刻运行的是 {running}。前面的改动让控制流走向了别处。',
    'no-handler': '异常现在被送往 EL{el}，但本场景中没有任何软件运行在 EL{el} 来处理它。',
    'handler-wrong-el': '异常现在被送往 EL{el}，但场景中为它安排的处理者 {handler} 并不运行在 EL{el}。',
    'call-other-el': '{to} 运行在 EL{el}，而调用者在 EL{current}：函数调用不能改变 EL（只有异常或 ERET 可以）。',
    'bits-need-el2': '写 HCR_EL2 需要在 EL2 或更高的 EL，但代码此刻在 EL{el}。',
    'bits-need-el3': '写 SCR_EL3 需要在 EL3，但代码此刻在 EL{el}。',
    'nothing-to-return-to': 'ERET 无处可返回：当前没有尚未返回的异常。',
    'not-x86': 'VMX 步骤需要 x86 流程（architecture 为 "x86"）：Arm 没有 VMX。',
    'entry-not-guest': 'VM entry 将恢复 {to}，但 {to} 不是运行在 VMX 非根模式的客户机。',
    'need-el2': '写 GIC 列表寄存器（ICH_LR<n>_EL2）需要在 EL2，但代码此刻在 EL{el}。',
    'after-blocked': '前面有一步无法执行，所以流程在此停止。',
  },
  outcomes: {
    exception: '异常被接收',
    pending: '挂起',
    executed: '已执行',
    eret: '异常返回',
    'illegal-eret': '非法异常返回（PSTATE.IL 被置位）',
    'illegal-state': '非法执行状态异常',
    register: '寄存器访问',
    undefined: 'UNDEFINED（未定义）',
    bits: '位已设置',
    context: '上下文保存/恢复',
    call: '函数调用',
    boot: '启动决策',
    'vm-exit': 'VM exit（退出到根模式）',
    'vm-entry': 'VM entry（进入非根模式）',
    dma: 'DMA 经 SMMU 转换',
    'smmu-fault': 'SMMU 故障事件（不是 CPU 异常）',
    gic: 'GIC CPU 接口',
    access: '内存访问',
    blocked: '受阻',
  },
  events: {
    Stage1Abort: 'stage 1 中止',
    Stage2Abort: 'stage 2 中止',
    Undefined: 'UNDEFINED 指令',
    save: '保存 EL1 上下文',
    restore: '恢复 EL1 上下文',
    call: '调用',
    boot: '启动',
    setup: '初始设置',
    ack: '确认',
    eoi: '中断结束',
    load: '读',
    store: '写',
  },
};

setZhRules(ZH_RULES, ZH_VALUES, ZH_WORDS);

const both = <K extends string>(en: Record<K, string>, zh: Record<K, string>) =>
  Object.fromEntries(Object.entries<string>(en).map(([k, v]) => [k, { en: v, zh: zh[k as K] }])) as Record<
    K,
    Record<Lang, string>
  >;

/** Why a step could not run, in both languages (the tests compare their placeholders). */
export const BLOCKED: Record<BlockCode, Record<Lang, string>> = both(BLOCKED_EN, ZH_WORDS.blocked);
export const OUTCOMES: Record<Outcome, Record<Lang, string>> = both(OUTCOMES_EN, ZH_WORDS.outcomes);
