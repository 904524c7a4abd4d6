// One sentence per step, "HVC from guest kernel (EL1) taken to EL2, KVM hyp": the outcome
// line of the narration and the screen-reader text of the EL diagram (words: i18n steps).
import { ecHex } from '../../core/syndrome';
import { messages } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import { blockedText, eventLabel } from '../../i18n/ruleText';
import type { StepResult } from '../../machine/types';

type Steps = ReturnType<typeof messages>['steps'];

/** "Boot decision (Linux 6.12): the kernel runs at EL1, protected KVM (pKVM), its hypervisor in hVHE". */
function bootSentence(last: StepResult, w: Parameters<Steps['boot']>[0], t: Steps): string {
  const b = last.boot;
  const parts = [last.kvm ? t.kvmModes[last.kvm] : ''];
  // hVHE: only when the host kernel is at EL1 and KVM's EL2 code still runs with E2H=1.
  if (b?.hypE2H && last.targetEL === 1) parts.push(t.hVhe);
  if (b?.malformed) parts.push(t.malformed);
  return t.boot(w, b ? b.kernel : '', parts.filter(Boolean));
}

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
    case 'exception': {
      // Synchronous exceptions carry their syndrome class (ESR_ELx.EC).
      const line = t.exception(w, last.ec === undefined ? '' : `ESR EC ${ecHex(last.ec)}`);
      // A pending interrupt being taken says so (it leaves the pending list).
      return last.wasPending ? t.wasPending(line) : line;
    }
    case 'illegal-state':
      return t.illegalState(w);
    case 'pending':
      return t.pending(w);
    case 'eret':
      return t.eret(w);
    case 'illegal-eret':
      return t.illegalEret(w);
    case 'register':
    case 'undefined': {
      const r = last.registers?.[0];
      const how = r?.via === 'redirect' || r?.via === 'alias' ? t.via[r.via] : '';
      return t.register(w, r?.reaches ? t.reaches(r.reaches, how) : 'UNDEFINED');
    }
    case 'bits':
      return t.bits(w);
    case 'context':
      return t.context(w);
    case 'call':
      return t.call(w);
    case 'gic': {
      const g = last.gic;
      const what = g ? `${g.reg}${g.vintid !== undefined ? ` (vINTID ${g.vintid})` : ''}` : w.ev;
      return t.gic(w, what, g?.deactivated);
    }
    case 'access': {
      const a = last.walk;
      const path = a
        ? `${a.regime}${a.ipa ? `, IPA ${a.ipa}` : ''} → PA ${a.pa ?? '?'}${a.tlbHit ? t.tlbHit : ''}`
        : '';
      return t.access(w, path);
    }
    case 'boot':
      return bootSentence(last, w, t);
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
