// One sentence per step, "HVC from guest kernel (EL1) taken to EL2, KVM hyp": the outcome
// line of the narration and the screen-reader text of the EL diagram (words: i18n steps).
import { messages } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import { blockedText, eventLabel } from '../../i18n/ruleText';
import type { StepResult } from '../../machine/types';

export function describeStep(last: StepResult, name: (id: string) => string, lang: Lang): string {
  const t = messages(lang).steps;
  const w = {
    ev: eventLabel(last.event, lang, name),
    from: name(last.from.actor),
    to: name(last.to.actor),
    fe: `EL${last.from.el}`,
    te: `EL${last.to.el}`,
    target: String(last.targetEL ?? '?'),
  };
  switch (last.outcome) {
    case 'exception':
      return t.exception(w);
    case 'pending':
      return t.pending(w);
    case 'eret':
      return t.eret(w);
    case 'illegal-eret':
      return t.illegalEret(w);
    case 'register':
    case 'undefined': {
      const r = last.registers?.[0];
      return t.register(w, r?.reaches ? t.reaches(r.reaches) : 'UNDEFINED');
    }
    case 'bits':
      return t.bits(w);
    case 'context':
      return t.context(w);
    case 'call':
      return t.call(w);
    case 'boot':
      return t.boot(w, last.kvm ? t.kvmModes[last.kvm] : '');
    case 'blocked': {
      const params = Object.fromEntries(
        Object.entries(last.blocked?.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? name(v) : v]),
      );
      return last.blocked ? blockedText(last.blocked.code, params, lang) : w.ev;
    }
    default:
      return t.executes(w);
  }
}
