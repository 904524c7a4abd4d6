// One sentence per step, "HVC from guest kernel (EL1) taken to EL2, KVM hyp": the outcome
// line of the narration and the screen-reader text of the EL diagram.
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

export function describeStep(last: StepResult, name: (id: string) => string, lang: Lang): string {
  const ev = eventLabel(last.event, lang, name);
  const from = name(last.from.actor);
  const to = name(last.to.actor);
  const fe = `EL${last.from.el}`;
  const te = `EL${last.to.el}`;
  const zh = lang === 'zh';
  switch (last.outcome) {
    case 'exception': {
      const line = zh
        ? `${ev}：从${from}（${fe}）进入 ${te}，由${to}处理`
        : `${ev} from ${from} (${fe}) taken to ${te}, ${to}`;
      // A pending interrupt being taken says so (it leaves the pending list).
      if (!last.wasPending) return line;
      return zh ? `${line}（此前挂起的中断现在被处理）` : `${line} (the pending interrupt, taken now)`;
    }
    case 'pending':
      return zh
        ? `${ev} 保持挂起：它的目标是 EL${last.targetEL ?? '?'}，${from}继续在 ${fe} 运行`
        : `${ev} left pending: its target is EL${last.targetEL ?? '?'}; ${from} keeps running at ${fe}`;
    case 'eret':
      return zh ? `ERET：从${from}（${fe}）返回到${to}（${te}）` : `ERET from ${from} (${fe}) back to ${to} (${te})`;
    case 'illegal-eret':
      return zh
        ? `非法的异常返回（目标 EL${last.targetEL ?? '?'}）：${from}仍在 ${fe}`
        : `Illegal exception return to EL${last.targetEL ?? '?'}: ${from} stays at ${fe}`;
    case 'register':
    case 'undefined': {
      const r = last.registers?.[0];
      const reach = r?.reaches ? (zh ? `到达 ${r.reaches}` : `reaches ${r.reaches}`) : 'UNDEFINED';
      return zh ? `${from}（${fe}）执行 ${ev}：${reach}` : `${from} (${fe}): ${ev} ${reach}`;
    }
    case 'bits':
      return zh ? `${from}（${fe}）设置 ${ev}` : `${from} (${fe}) sets ${ev}`;
    case 'context':
      return zh ? `${from}（${fe}）：${ev}` : `${from} (${fe}): ${ev}`;
    case 'call':
      return zh ? `${from}调用${to}（${te}）` : `${from} calls ${to} (${te})`;
    case 'boot': {
      const mode = last.kvm ? KVM_MODES[last.kvm][lang] : '';
      return zh
        ? `启动决策：内核运行在 EL${last.targetEL ?? '?'}${mode ? `，${mode}` : ''}`
        : `Boot decision: the kernel runs at EL${last.targetEL ?? '?'}${mode ? `, ${mode}` : ''}`;
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
