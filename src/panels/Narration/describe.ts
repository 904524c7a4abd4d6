// One sentence per step, "HVC from guest kernel (EL1) taken to EL2, KVM hyp": the outcome
// line of the narration and the screen-reader text of the EL diagram.
import { ecHex } from '../../core/syndrome';
import { blockedText, eventLabel } from '../../i18n/rules';
import type { StepResult } from '../../machine/types';
import type { Lang } from '../../store/ui';

const KVM_MODES: Record<NonNullable<StepResult['kvm']>, Record<Lang, string>> = {
  vhe: { en: 'KVM in VHE mode', zh: 'KVM 使用 VHE 模式' },
  nvhe: { en: 'KVM in nVHE mode', zh: 'KVM 使用 nVHE 模式' },
  protected: { en: 'protected KVM (pKVM)', zh: '受保护的 KVM（pKVM）' },
  nested: { en: 'KVM with nested virtualization', zh: '支持嵌套虚拟化的 KVM' },
  none: { en: 'no KVM', zh: '不启用 KVM' },
};

/** "Boot decision (Linux 6.12): the kernel runs at EL1, protected KVM (pKVM), its hypervisor in hVHE". */
function bootSentence(last: StepResult, lang: Lang): string {
  const zh = lang === 'zh';
  const parts = [last.kvm ? KVM_MODES[last.kvm][lang] : ''];
  const b = last.boot;
  // hVHE: only when the host kernel is at EL1 and KVM's EL2 code still runs with E2H=1.
  if (b?.hypE2H && last.targetEL === 1)
    parts.push(zh ? '其 hypervisor 以 E2H=1 运行（hVHE）' : 'its hypervisor runs with E2H=1 (hVHE)');
  if (b?.malformed) parts.push(zh ? 'kvm-arm.mode 被当作格式错误拒绝' : 'kvm-arm.mode rejected as malformed');
  const tail = parts
    .filter(Boolean)
    .map((p) => (zh ? `，${p}` : `, ${p}`))
    .join('');
  const release = b ? (zh ? `（Linux ${b.kernel}）` : ` (Linux ${b.kernel})`) : '';
  return zh
    ? `启动决策${release}：内核运行在 EL${last.targetEL ?? '?'}${tail}`
    : `Boot decision${release}: the kernel runs at EL${last.targetEL ?? '?'}${tail}`;
}

export function describeStep(last: StepResult, name: (id: string) => string, lang: Lang): string {
  const ev = eventLabel(last.event, lang, name);
  const from = name(last.from.actor);
  const to = name(last.to.actor);
  const fe = `EL${last.from.el}`;
  const te = `EL${last.to.el}`;
  const zh = lang === 'zh';
  switch (last.outcome) {
    case 'exception': {
      // Synchronous exceptions carry their syndrome class (ESR_ELx.EC).
      const ec = last.ec === undefined ? '' : `ESR EC ${ecHex(last.ec)}`;
      const line = zh
        ? `${ev}：从${from}（${fe}）进入 ${te}，由${to}处理${ec ? `（${ec}）` : ''}`
        : `${ev} from ${from} (${fe}) taken to ${te}, ${to}${ec ? ` (${ec})` : ''}`;
      // A pending interrupt being taken says so (it leaves the pending list).
      if (!last.wasPending) return line;
      return zh ? `${line}（此前挂起的中断现在被处理）` : `${line} (the pending interrupt, taken now)`;
    }
    case 'illegal-state':
      return zh
        ? `PSTATE.IL=1：${from}（${fe}）的下一条指令引发非法执行状态异常（ESR EC 0x0E），进入 ${te}，由${to}处理；这一步原本的 ${ev} 没有执行`
        : `PSTATE.IL=1: the next instruction of ${from} (${fe}) takes an Illegal Execution state exception (ESR EC 0x0E) to ${te}, ${to}; this step's ${ev} never ran`;
    case 'pending':
      return zh
        ? `${ev} 保持挂起：它的目标是 EL${last.targetEL ?? '?'}，${from}继续在 ${fe} 运行`
        : `${ev} left pending: its target is EL${last.targetEL ?? '?'}; ${from} keeps running at ${fe}`;
    case 'eret':
      return zh ? `ERET：从${from}（${fe}）返回到${to}（${te}）` : `ERET from ${from} (${fe}) back to ${to} (${te})`;
    case 'illegal-eret':
      return zh
        ? `非法的异常返回（目标 EL${last.targetEL ?? '?'}）：PSTATE.IL 被置位，${from}仍在 ${fe}，从 ELR_${fe} 继续；下一条指令将引发非法执行状态异常`
        : `Illegal exception return to EL${last.targetEL ?? '?'}: PSTATE.IL is set, ${from} stays at ${fe} and goes on at ELR_${fe}; the next instruction takes an Illegal Execution state exception`;
    case 'register':
    case 'undefined': {
      const r = last.registers?.[0];
      const how =
        r?.via === 'redirect'
          ? zh
            ? '（被重定向）'
            : ' (redirected)'
          : r?.via === 'alias'
            ? zh
              ? '（通过别名）'
              : ' (alias)'
            : '';
      const reach = r?.reaches ? (zh ? `到达 ${r.reaches}${how}` : `reaches ${r.reaches}${how}`) : 'UNDEFINED';
      return zh ? `${from}（${fe}）执行 ${ev}：${reach}` : `${from} (${fe}): ${ev} ${reach}`;
    }
    case 'bits':
      return zh ? `${from}（${fe}）设置 ${ev}` : `${from} (${fe}) sets ${ev}`;
    case 'context':
      return zh ? `${from}（${fe}）：${ev}` : `${from} (${fe}): ${ev}`;
    case 'call':
      return zh ? `${from}调用${to}（${te}）` : `${from} calls ${to} (${te})`;
    case 'boot':
      return bootSentence(last, lang);
    case 'gic': {
      const g = last.gic;
      const what = g ? `${g.reg}${g.vintid !== undefined ? ` (vINTID ${g.vintid})` : ''}` : ev;
      const deact =
        g?.deactivated !== undefined
          ? zh
            ? `，物理 INTID ${g.deactivated} 同时失效`
            : `; physical INTID ${g.deactivated} deactivated too`
          : '';
      return zh ? `${from}（${fe}）：${ev}，访问 ${what}${deact}` : `${from} (${fe}): ${ev} reaches ${what}${deact}`;
    }
    case 'access': {
      const w = last.walk;
      const path = w
        ? `${w.regime}${w.ipa ? `, IPA ${w.ipa}` : ''} → PA ${w.pa ?? '?'}${w.tlbHit ? (zh ? '（TLB 命中）' : ' (TLB hit)') : ''}`
        : '';
      return zh ? `${from}（${fe}）：${ev}，经 ${path}` : `${from} (${fe}): ${ev} via ${path}`;
    }
    case 'blocked': {
      const params = Object.fromEntries(
        Object.entries(last.blocked?.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? name(v) : v]),
      );
      return last.blocked ? blockedText(last.blocked.code, params, lang) : ev;
    }
    default:
      return zh ? `${from}（${fe}）执行 ${ev}` : `${from} (${fe}) executes ${ev}`;
  }
}
