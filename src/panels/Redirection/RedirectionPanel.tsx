// Register redirection: which register an MRS/MSR name reaches under the current EL and
// HCR_EL2.E2H, and the whole FEAT_VHE table at once.
import { useEffect, useId, useState } from 'react';
import type { PeState, SysregResult } from '../../core';
import { NOT_REDIRECTED, REDIRECTS } from '../../core/sysregs';
import { accessKey, FIRST_REGISTER } from '../../worker/answers';
import { rules } from '../../worker/rules';
import { BecauseList } from '../common/BecauseList';
import { Panel } from '../common/Panel';
import { useAnswers } from '../common/useAnswers';
import { usePe } from '../common/usePe';
import { useRule } from '../common/useRule';
import { RedirectTable } from './RedirectTable';
import { Travel } from './Travel';
import './redirection.css';
import { messages, useLang } from '../../i18n';
import { useRenderCount } from '../common/renderCount';

type Op = 'MRS' | 'MSR';

const KNOWN: readonly string[] = [
  ...REDIRECTS.flatMap((r) => [r.from, r.to, r.alias]),
  ...NOT_REDIRECTED.map((r) => r.name),
].sort();

const reachOf = (r: SysregResult): string | null => (r.kind === 'register' ? r.reaches : null);

export function RedirectionPanel() {
  useRenderCount('RedirectionPanel');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).redirection;
  const { pe, last } = usePe();
  const opId = useId();
  const regId = useId();
  const listId = useId();
  const [op, setOp] = useState<Op>('MRS');
  const [name, setName] = useState(FIRST_REGISTER);

  // Follow the scenario: an MRS/MSR or a context save/restore step shows its register.
  const ev = last?.event;
  const stepReg = ev && (ev.type === 'MRS' || ev.type === 'MSR') ? ev.reg : undefined;
  const stepOp = ev && (ev.type === 'MRS' || ev.type === 'MSR') ? ev.type : undefined;
  const stepRegs = ev && (ev.type === 'SaveContext' || ev.type === 'RestoreContext') ? last?.registers : undefined;
  const firstStepReg = stepRegs?.[0]?.name;
  useEffect(() => {
    if (stepReg) setName(stepReg);
    if (stepOp) setOp(stepOp);
  }, [stepReg, stepOp]);
  useEffect(() => {
    if (firstStepReg) setName(firstStepReg);
  }, [firstStepReg]);

  const trimmed = name.trim();
  // The step's registers and the first one came with the step; a name the reader typed is asked.
  const answers = useAnswers().value;
  const given = answers?.access[accessKey(op, trimmed)];
  const asked = useRule(!given && pe && trimmed ? `${op}|${trimmed}|${JSON.stringify(pe)}` : null, () =>
    rules.sysregAccess(pe as PeState, trimmed, op),
  );
  const access = given ? { value: given, error: null } : asked;
  const table = answers?.table;

  const upper = trimmed.toUpperCase();
  const reaches = access.value ? reachOf(access.value.result) : null;
  const e2h = pe?.hcr.e2h ?? false;
  const el = pe?.el ?? 1;
  const result = access.value?.result;
  // Redirection (an _EL1 name reaching _EL2) and an _EL12/_EL02 alias are different things.
  const note =
    result?.kind !== 'register'
      ? ''
      : result.via === 'redirect'
        ? t.redirected
        : result.via === 'alias'
          ? t.alias
          : t.sameName;

  return (
    <Panel id="redirection" label={t.title}>
      <div className="redirection-panel">
        <div className="redirection-form">
          <label htmlFor={opId}>{t.instruction}</label>
          <select id={opId} value={op} onChange={(e) => setOp(e.currentTarget.value as Op)}>
            <option value="MRS">MRS ({t.read})</option>
            <option value="MSR">MSR ({t.write})</option>
          </select>
          <label htmlFor={regId}>{t.register}</label>
          <input
            id={regId}
            list={listId}
            value={name}
            spellCheck={false}
            autoCapitalize="characters"
            autoComplete="off"
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <datalist id={listId}>
            {KNOWN.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </div>

        {access.error ? (
          <p className="redirection-error" role="alert">
            {access.error}
          </p>
        ) : access.value ? (
          <>
            <Travel
              op={op}
              name={upper}
              reaches={reaches}
              caption={t.at(el, e2h)}
              note={note}
              undefinedText={t.undefinedBox}
              title={t.diagram(op, upper, reaches ?? t.undefinedBox)}
            />
            {/* Quiet: the page has one live region, the EL diagram's step outcome (issue 11 §5). */}
            <output className="visually-hidden" aria-live="off">
              {t.diagram(op, upper, reaches ?? t.undefinedBox)}
            </output>
            <BecauseList because={access.value.because} />
          </>
        ) : (
          <p className="muted">{trimmed ? t.waiting : t.hint}</p>
        )}

        {stepRegs && stepRegs.length > 0 && (
          <section className="step-regs" aria-label={t.stepRegs}>
            <h3>{t.stepRegs}</h3>
            <ul>
              {stepRegs.map((r) => (
                <li key={r.name} className={r.wrong ? 'wrong' : undefined}>
                  <button type="button" className="linklike" onClick={() => setName(r.name)}>
                    <code>{r.name}</code>
                  </button>{' '}
                  → <code>{r.reaches ?? t.undefinedBox}</code>
                </li>
              ))}
            </ul>
          </section>
        )}

        {table && (
          <RedirectTable
            rows={table}
            current={upper}
            caption={t.tableCaption(el, e2h)}
            heads={{ name: t.colName, now: t.colNow, alias: t.colAlias, current: t.current }}
            undefinedText={t.undefinedBox}
          />
        )}
      </div>
    </Panel>
  );
}
