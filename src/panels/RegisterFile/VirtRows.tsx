// The EL2 table's virtualization rows (issue 12): VTTBR_EL2 with its VMID, the GIC list
// registers, HPFAR_EL2, CNTVOFF_EL2 and CNTHCTL_EL2, each only when the scenario touches it,
// with whose value it holds (the bar colour, as for the other rows) and the value in words.
import type { ReactNode } from 'react';
import type { Messages } from '../../i18n';
import type { Owner } from './model';
import type { VirtRegisters } from './virt';

type T = Messages['registerFile'];

function Row({ name, owner, lit, children }: { name: string; owner: Owner | null; lit: boolean; children: ReactNode }) {
  return (
    <tr className={lit ? 'lit' : undefined} data-owner={owner?.kind ?? 'none'} data-reg={name}>
      <th scope="row">
        <code>{name}</code>
      </th>
      <td>{children}</td>
    </tr>
  );
}

export function VirtRows({
  regs,
  vm,
  lit,
  who,
  t,
}: {
  regs: VirtRegisters;
  /** HCR_EL2.VM now: whether VTTBR_EL2 is in use. */
  vm: boolean;
  /** The register this step's MRS/MSR reached. */
  lit: string | null;
  who: (o: Owner | null) => string;
  t: T;
}) {
  const { vttbr, lrs, hpfar, cntvoff, cnthctl } = regs;
  return (
    <>
      {vttbr && (
        <Row name="VTTBR_EL2" owner={vttbr.written ? vttbr.owner : null} lit={lit === 'VTTBR_EL2'}>
          {vttbr.written ? t.vttbrVmid(who(vttbr.owner), vttbr.vmid) : t.unwritten} · {t.inUse(vm)}
        </Row>
      )}
      {lrs && lrs.length === 0 && (
        <Row name="ICH_LR<n>_EL2" owner={null} lit={false}>
          <span className="muted">{t.lrNone}</span>
        </Row>
      )}
      {lrs?.map((l) => (
        <Row key={l.name} name={l.name} owner={l.owner} lit={l.now}>
          {t.lr(who(l.owner), l.vintid, t.lrState[l.state], l.group, l.hw, l.pintid)}
        </Row>
      ))}
      {hpfar && (
        <Row name="HPFAR_EL2" owner={hpfar.kind === 'ipa' ? hpfar.owner : null} lit={lit === 'HPFAR_EL2'}>
          {hpfar.kind === 'ipa' ? (
            <>
              {t.hpfarIpa(who(hpfar.owner), hpfar.ipa, hpfar.step)} · <code>{hpfar.value}</code>
            </>
          ) : hpfar.kind === 'unknown' ? (
            t.hpfarUnknown(hpfar.step)
          ) : (
            <span className="muted">{t.unwritten}</span>
          )}
        </Row>
      )}
      {cntvoff && (
        <Row name="CNTVOFF_EL2" owner={cntvoff.written ? cntvoff.owner : null} lit={lit === 'CNTVOFF_EL2'}>
          {cntvoff.written ? t.cntvoffOf(who(cntvoff.owner)) : <span className="muted">{t.unwritten}</span>}
          {cntvoff.applies !== undefined && <> · {t.cntvoffApplies(cntvoff.applies)}</>}
        </Row>
      )}
      {cnthctl && (
        <Row name="CNTHCTL_EL2" owner={cnthctl.owner} lit={lit === 'CNTHCTL_EL2'}>
          <code>0x{cnthctl.value.toString(16)}</code> ·{' '}
          {t.cnthctlBit(cnthctl.counter.field, cnthctl.counter.bit, cnthctl.counter.set)} ·{' '}
          {t.cnthctlBit(cnthctl.timer.field, cnthctl.timer.bit, cnthctl.timer.set)} ·{' '}
          {t.cnthctlEl1(!cnthctl.counter.set, !cnthctl.timer.set)}
          {cnthctl.written ? (
            cnthctl.owner && <> · {t.writtenBy(who(cnthctl.owner))}</>
          ) : (
            <span className="muted"> · {t.cnthctlAssumed}</span>
          )}
        </Row>
      )}
    </>
  );
}
