// The register file: the physical EL1 and EL2 system registers the scenario touches, whose
// values each holds at this step (host kernel, guest kernel, hypervisor), the vCPU and host
// contexts in memory, and what the last exit to EL2 left in ESR_EL2/ELR_EL2/SPSR_EL2.
// For two flows (nVHE vs VHE) a first table shows, for both, who owns the EL1 set now.
// The virtualization registers (list registers, VMID, HPFAR_EL2, timer controls) join the
// EL2 table when the scenario touches them (VirtRows, virt.ts).
import { EC_NAMES, ecHex } from '../../core';
import { type Messages, messages, useLang } from '../../i18n';
import { eventLabel } from '../../i18n/ruleText';
import type { Flow } from '../../scenario/schema';
import { useUi } from '../../store/ui';
import { useWorld, useWorldKept } from '../../store/world';
import { Panel } from '../common/Panel';
import { el1Names, type Owner, type RegisterFile, registerFileAt } from './model';
import { VirtRows } from './VirtRows';
import { virtRegistersAt } from './virt';
import './register-file.css';
import { useRenderCount } from '../common/renderCount';

type T = Messages['registerFile'];
const SHOWN = 7;

function OwnerChip({ owner, flow, t }: { owner: Owner | null; flow: Flow; t: T }) {
  const lang = useLang((s) => s.lang);
  if (!owner) return <span className="owner none">—</span>;
  const name = flow.actors.find((a) => a.id === owner.actor)?.name[lang] ?? owner.actor;
  const kind = t.kinds[owner.kind];
  // "Guest kernel" owned by the actor named "Guest kernel": say it once.
  const same = name.toLowerCase().includes(kind.toLowerCase());
  return (
    <span className={`owner owner-${owner.kind}`}>
      {!same && <span className="owner-kind">{kind} </span>}
      <span className="owner-name">{name}</span>
    </span>
  );
}

export function RegisterFilePanel() {
  useRenderCount('RegisterFilePanel');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).registerFile;
  const picked = useUi((s) => s.flow);
  const scenario = useWorld((s) => s.scenario);
  // What the panel draws, kept while equal: a step or a what-if that changes no value shown
  // does not re-render it.
  const model = useWorldKept(({ scenario, run, step, flows }) => {
    if (!scenario || !run || flows.length === 0) return null;
    const names = el1Names(run);
    const f = Math.min(picked, scenario.flows.length - 1);
    const pe = flows[f]?.pe;
    return {
      files: scenario.flows.map((flow, i) => registerFileAt(flow, run[i] ?? [], names, step)),
      hcr: pe
        ? (['e2h', 'tge', 'vm', 'imo', 'fmo', 'amo'] as const)
            .map((b) => `${b.toUpperCase()}=${pe.hcr[b] ? 1 : 0}`)
            .join(' ')
        : '',
      vm: !!pe?.hcr.vm,
      virt: virtRegistersAt(scenario.flows[f] as Flow, run[f] ?? [], step),
    };
  });
  if (!scenario || !model)
    return (
      <Panel id="register-file" label={messages(lang).ui.panels.registers} className="register-file">
        <p className="muted">…</p>
      </Panel>
    );
  const { files, hcr, vm, virt } = model;
  const f = Math.min(picked, scenario.flows.length - 1);
  const flow = scenario.flows[f] as Flow;
  const file = files[f] as RegisterFile;
  const who = (o: Owner | null) => (o ? (flow.actors.find((a) => a.id === o.actor)?.name[lang] ?? o.actor) : '—');
  const exit = file.exitToEl2;
  const exitWho = exit ? (flow.actors.find((a) => a.id === exit.from.actor)?.name[lang] ?? exit.from.actor) : '';
  const lit = file.reached?.reaches ?? null;

  return (
    <Panel id="register-file" label={messages(lang).ui.panels.registers} className="register-file">
      {scenario.flows.length > 1 && (
        <section className="rf-glance" aria-label={t.glance}>
          <h3>{t.glance}</h3>
          <ul>
            {scenario.flows.map((fl, i) => {
              const rf = files[i] as RegisterFile;
              return (
                <li key={fl.id} data-flow={fl.id}>
                  <strong>{fl.title[lang]}</strong> <OwnerChip owner={rf.el1[0]?.owner ?? null} flow={fl} t={t} />{' '}
                  <span className="rf-changes">{t.changes(rf.el1OwnerChanges)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {scenario.flows.length > 1 && <h3 className="rf-flow">{flow.title[lang]}</h3>}
      {file.moved && (
        <p className={`rf-moved ${file.moved.kind}`}>
          {file.moved.kind === 'save'
            ? t.saved(who(file.moved.of), file.moved.count)
            : t.restored(who(file.moved.of), file.moved.count)}
        </p>
      )}
      {file.reached && <p className="rf-moved reached">{t.reached(file.reached.name, file.reached.reaches)}</p>}
      <div className="rf-columns">
        <table className="rf-set" data-set="el1">
          <caption>{t.el1Set}</caption>
          <thead>
            <tr>
              <th scope="col">{t.register}</th>
              <th scope="col">{t.value}</th>
            </tr>
          </thead>
          <tbody>
            {file.el1.slice(0, SHOWN).map((r) => (
              <tr key={r.name} className={r.name === lit ? 'lit' : undefined} data-owner={r.owner?.kind ?? 'none'}>
                <th scope="row">
                  <code>{r.name}</code>
                </th>
                <td>{r.owner ? t.of(who(r.owner), r.name) : '—'}</td>
              </tr>
            ))}
            {file.el1.length > SHOWN && (
              <tr>
                <td colSpan={2} className="muted">
                  {t.more(file.el1.length - SHOWN)}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <div className="rf-memory">
          <h3>{t.memory}</h3>
          <p className={file.moved?.of.kind === 'guest' ? `rf-ctx ${file.moved.kind}` : 'rf-ctx'}>
            <strong>{t.vcpuCtx}</strong>{' '}
            {file.memory.vcpu ? (
              <OwnerChip owner={file.memory.vcpu} flow={flow} t={t} />
            ) : (
              <span className="muted">{t.empty}</span>
            )}
          </p>
          <p className={file.moved && file.moved.of.kind !== 'guest' ? `rf-ctx ${file.moved.kind}` : 'rf-ctx'}>
            <strong>{t.hostCtx}</strong>{' '}
            {file.memory.host ? (
              <OwnerChip owner={file.memory.host} flow={flow} t={t} />
            ) : (
              <span className="muted">{t.empty}</span>
            )}
          </p>
        </div>
      </div>
      <table className="rf-set" data-set="el2">
        <caption>
          {t.el2Set} · <OwnerChip owner={file.el2Owner} flow={flow} t={t} />
        </caption>
        <tbody>
          <tr className={lit === 'HCR_EL2' ? 'lit' : undefined}>
            <th scope="row">
              <code>HCR_EL2</code>
            </th>
            <td>
              <code>{hcr}</code>
            </td>
          </tr>
          {!virt.vttbr && (
            <tr>
              <th scope="row">
                <code>VTTBR_EL2</code>
              </th>
              <td>{t.vttbr(vm)}</td>
            </tr>
          )}
          <VirtRows regs={virt} vm={vm} lit={lit} who={who} t={t} />
          {(['VBAR_EL2', 'TTBR0_EL2'] as const).map((r) => (
            <tr key={r} className={lit === r ? 'lit' : undefined}>
              <th scope="row">
                <code>{r}</code>
              </th>
              <td>{file.el2Owner ? t.of(who(file.el2Owner), r) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {exit && (
        <section className="rf-exit" aria-label={t.exit}>
          <h3>
            {t.exit} ({t.atStep(exit.step)})
          </h3>
          <dl>
            <dt>
              <code>ESR_EL2</code>
            </dt>
            <dd>
              {t.esrOf(eventLabel(exit.event, lang))}
              {exit.ec !== undefined ? (
                <span className="rf-esr">
                  {' '}
                  · {t.ec}={ecHex(exit.ec)} ({t.ecName(exit.ec, EC_NAMES[exit.ec] ?? '?')}) · {t.il}=1 · {t.iss}=
                  {exit.iss === undefined ? '—' : `0x${exit.iss.toString(16).toUpperCase()}`}
                </span>
              ) : (
                <span className="muted"> · {t.noSyndrome(exit.event.type === 'IRQ' || exit.event.type === 'FIQ')}</span>
              )}
            </dd>
            <dt>
              <code>ELR_EL2</code>
            </dt>
            <dd>{t.elrOf(exitWho)}</dd>
            <dt>
              <code>SPSR_EL2</code>
            </dt>
            <dd>{t.spsrOf(exitWho, exit.from.el)}</dd>
          </dl>
        </section>
      )}
    </Panel>
  );
}
