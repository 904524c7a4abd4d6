// Prints a rule's full truth table as Markdown, for lecturers' handouts and for review.
//   npm run table -- irq            (also fiq, serror, svc, hvc, smc, wfi, wfe, stage1abort,
//                                    stage2abort, undefined, illegalstate, regime, hcr, boot,
//                                    virq, vfiq, vserror, traps, timers)
//   npm run table -- sysreg SCTLR_EL1
//   npm run table -- traps TTBR0_EL1 (TVM/TRVM/TID3 and VPIDR for one register; default SCTLR_EL1)
//   npm run table -- irq --all      (every feature combination, not only a v8.1 CPU with EL2+EL3)
//   npm run table -- nv HCR_EL2     (FEAT_NV/NV2: trapped, VNCR page or as usual)
//   npm run table -- vmx [CPUID]    (Intel VT-x: VM exit or not, for every modelled event)

import {
  type Decision,
  EC_NAMES,
  ecHex,
  effectiveHcrDecision,
  type InterruptKind,
  interruptTarget,
  type PeState,
  physicalTimerAccess,
  SYNC_KINDS,
  type SyncKind,
  syncExceptionTarget,
  sysregAccess,
  translationRegime,
  type VirtualInterruptKind,
  VMX_EVENTS,
  VMX_INPUTS,
  type VmxState,
  virtualCounterOffset,
  virtualInterruptTarget,
  vmxEvent,
} from '../src/core';
import { enumerateStates, type StateInput } from '../src/core/enumerate';
import { enumerateVmxStates } from '../src/core/vmx';
import { printBootTable } from './table-boot';

const args = process.argv.slice(2);
const all = args.includes('--all');
const [ruleArg, regArg] = args.filter((a) => !a.startsWith('--'));
const rule = (ruleArg ?? '').toLowerCase();

const WORLD: StateInput[] = all
  ? ['el', 'secure', 'features.el2', 'features.el3', 'features.vhe', 'features.sel2', 'scr.ns', 'scr.eel2']
  : ['el', 'secure'];
const label = (input: StateInput) =>
  input === 'el'
    ? 'EL'
    : input === 'secure'
      ? 'Secure (below EL3)'
      : input
          .replace('hcr.', 'HCR_EL2.')
          .replace('scr.', 'SCR_EL3.')
          .replace('pstate.', 'PSTATE.')
          .replace('features.', 'has ')
          .toUpperCase()
          .replace('HAS ', 'has ');
const value = (s: PeState, input: StateInput): string => {
  if (input === 'el') return `EL${s.el}`;
  if (input === 'secure') return s.secure ? 'S' : 'NS';
  const [group, bit] = input.split('.') as [keyof PeState, string];
  return (s[group] as unknown as Record<string, boolean>)[bit] ? '1' : '0';
};

/** `show` gives the result column, or the result and the extra `columns`. */
function print<T>(
  inputs: StateInput[],
  decide: (s: PeState) => Decision<T>,
  show: (r: T) => string | string[],
  columns: string[] = [],
): void {
  const head = [...inputs.map(label), 'result', ...columns, 'because'];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  let rows = 0;
  for (const s of enumerateStates(inputs)) {
    // Keep rows coherent: SCR_EL3.NS selects the Security state below EL3 ("Secure" column).
    if (s.features.el3) s.scr.ns = !s.secure;
    const d = decide(s);
    console.log(
      `| ${[...inputs.map((i) => value(s, i)), ...[show(d.result)].flat(), d.because.map((b) => b.rule).join(', ')].join(' | ')} |`,
    );
    rows++;
  }
  console.log(`\n${rows} rows.`);
}

const interrupt = {
  irq: ['IRQ', 'hcr.imo', 'scr.irq', 'pstate.i'],
  fiq: ['FIQ', 'hcr.fmo', 'scr.fiq', 'pstate.f'],
  serror: ['SError', 'hcr.amo', 'scr.ea', 'pstate.a'],
} as const;
const virtual = {
  virq: ['vIRQ', 'hcr.vi', 'hcr.imo', 'pstate.i'],
  vfiq: ['vFIQ', 'hcr.vf', 'hcr.fmo', 'pstate.f'],
  vserror: ['vSError', 'hcr.vse', 'hcr.amo', 'pstate.a'],
} as const;
const sync = Object.fromEntries(SYNC_KINDS.map((k) => [k.toLowerCase(), k])) as Record<string, SyncKind>;

if (rule in interrupt) {
  const [kind, hcrBit, scrBit, mask] = interrupt[rule as keyof typeof interrupt];
  console.log(`## Physical ${kind} routing and masking (Arm ARM D1.3.6)\n`);
  print(
    [...WORLD, 'hcr.e2h', 'hcr.tge', hcrBit, scrBit, mask],
    (s) => interruptTarget(s, kind as InterruptKind),
    (r) => `EL${r.targetEL} ${r.taken ? 'taken' : 'pending'}`,
  );
} else if (rule in virtual) {
  const [kind, pend, route, mask] = virtual[rule as keyof typeof virtual];
  console.log(
    `## ${kind}: signalled by HCR_EL2, taken at EL1 or pending (Arm ARM D1.3.6, AArch64.PendingUnmaskedVirtualInterrupts)\n`,
  );
  // A vSError is shown with the syndrome EL2 left in VSESR_EL2 (FEAT_RAS): EA=1, DFSC=0x11.
  const vsesr = kind === 'vSError' ? 0x211 : undefined;
  if (vsesr !== undefined) console.log(`VSESR_EL2 = 0x${vsesr.toString(16)} (an example syndrome).\n`);
  print(
    [...WORLD, 'hcr.e2h', 'hcr.tge', pend, route, mask],
    (s) => virtualInterruptTarget(s, kind as VirtualInterruptKind, vsesr === undefined ? undefined : { vsesr }),
    (r) =>
      !r.signalled
        ? 'not signalled'
        : r.targetEL === null
          ? 'ignored'
          : r.taken
            ? `EL1 taken${r.esr ? `, ESR_EL1 EC ${ecHex(r.esr.ec)} ISS 0x${r.esr.iss.toString(16)}` : ''}`
            : 'EL1 pending',
  );
} else if (rule === 'traps') {
  const name = (regArg ?? 'SCTLR_EL1').toUpperCase();
  console.log(`## MRS/MSR ${name} at EL1 and below: TVM / TRVM / TID3 traps, VPIDR (HCR_EL2 field descriptions)\n`);
  const show = (r: ReturnType<typeof sysregAccess>['result']) =>
    r.kind === 'register'
      ? `${r.reaches}${r.via === 'virtual' ? ' (virtual ID)' : ''}`
      : r.kind === 'trap'
        ? `trap to EL${r.targetEL}, EC ${ecHex(r.ec)}${r.iss === undefined ? '' : `, ISS 0x${r.iss.toString(16)}`}`
        : r.kind === 'memory'
          ? `${r.base}+0x${r.offset.toString(16)}`
          : 'UNDEFINED';
  for (const op of ['MRS', 'MSR'] as const) {
    console.log(`### ${op}\n`);
    print([...WORLD, 'hcr.e2h', 'hcr.tge', 'hcr.tvm', 'hcr.trvm', 'hcr.tid3'], (s) => sysregAccess(s, name, op), show);
    console.log('');
  }
} else if (rule === 'timers') {
  console.log('## CNTHCTL_EL2: which bit enables EL0/EL1 access to the physical counter and timer\n');
  for (const what of ['counter', 'timer'] as const) {
    console.log(`### Physical ${what} (${what === 'counter' ? 'CNTPCT_EL0' : 'CNTP_CTL/CVAL/TVAL_EL0'})\n`);
    print(
      [...WORLD, 'hcr.e2h', 'hcr.tge'],
      (s) => physicalTimerAccess(s, what, 0),
      (r) =>
        r.field === null ? 'not trapped by CNTHCTL_EL2' : `CNTHCTL_EL2.${r.field} (bit ${r.bit}); 0 traps to EL2`,
    );
    console.log('');
  }
  console.log('### CNTVCT_EL0: does the virtual count subtract CNTVOFF_EL2?\n');
  print([...WORLD, 'hcr.e2h', 'hcr.tge'], virtualCounterOffset, (r) => (r.offset ? 'minus CNTVOFF_EL2' : 'offset 0'));
} else if (rule in sync) {
  const kind = sync[rule] as SyncKind;
  console.log(`## ${kind}: where it is taken (Arm ARM D1.3.4)\n`);
  const extra: StateInput[] = {
    SVC: [],
    HVC: ['scr.hce'],
    SMC: all ? ['hcr.tsc', 'features.smcTrapWithoutEl3'] : ['hcr.tsc'],
    WFI: ['hcr.twi'],
    WFE: ['hcr.twe'],
    Stage1Abort: [],
    Stage2Abort: ['hcr.vm'],
    Undefined: [],
    IllegalState: [],
    ERET: ['features.nv', 'hcr.nv'],
  }[kind] as StateInput[];
  // ESR_ELx.EC and ISS beside the target EL (SVC/HVC/SMC asked with #0, so ISS is 0x0).
  print(
    [...WORLD, 'hcr.e2h', 'hcr.tge', ...extra],
    (s) => syncExceptionTarget(s, kind, { imm16: 0 }),
    (r) => [
      `EL${r.targetEL}${r.undefinedInstruction ? ' (UNDEFINED)' : ''}`,
      `${ecHex(r.ec)} ${EC_NAMES[r.ec] ?? ''}`,
      r.iss === undefined ? '-' : `0x${r.iss.toString(16)}`,
    ],
    ['ESR EC', 'ISS'],
  );
} else if (rule === 'sysreg') {
  const name = regArg ?? 'SCTLR_EL1';
  console.log(`## MRS/MSR ${name.toUpperCase()}: what it reaches\n`);
  print(
    [...WORLD, 'hcr.e2h', 'hcr.tge'],
    (s) => sysregAccess(s, name),
    // How the name reached its register: FEAT_VHE redirection, an _EL12/_EL02 alias, or directly.
    (r) =>
      r.kind === 'register'
        ? [r.reaches, r.via === 'redirect' ? 'redirected' : r.via === 'alias' ? 'alias' : 'as named']
        : r.kind === 'trap'
          ? [`trap to EL${r.targetEL}, EC ${ecHex(r.ec)}`, '-']
          : r.kind === 'memory'
            ? [`${r.base}+0x${r.offset.toString(16).toUpperCase()}`, 'VNCR page']
            : ['UNDEFINED', '-'],
    ['how'],
  );
} else if (rule === 'nv') {
  // FEAT_NV / NV2: a register at EL0-EL2 under HCR_EL2.{NV,NV1,NV2} (the NV columns of sysreg).
  const name = regArg ?? 'HCR_EL2';
  console.log(`## MRS ${name.toUpperCase()} under FEAT_NV / FEAT_NV2 (HCR_EL2.{NV,NV1,NV2})\n`);
  print(
    ['el', 'features.nv', 'features.nv2', 'hcr.nv', 'hcr.nv1', 'hcr.nv2'],
    (s) => sysregAccess({ ...s, hcr: { ...s.hcr, e2h: true } }, name),
    (r) => [
      r.kind === 'register'
        ? r.reaches
        : r.kind === 'trap'
          ? `trap to EL${r.targetEL}, EC ${ecHex(r.ec)}`
          : r.kind === 'memory'
            ? `${r.base}+0x${r.offset.toString(16).toUpperCase()}`
            : 'UNDEFINED',
    ],
  );
} else if (rule === 'regime') {
  console.log('## Translation regime of the current EL (Arm ARM D8.1)\n');
  print(
    [...WORLD, 'hcr.e2h', 'hcr.tge', 'hcr.vm'],
    translationRegime,
    (r) => [
      `${r.regime}${r.stage1 ? '' : ' (stage 1 off)'}, ${r.ranges} range${r.ranges > 1 ? 's' : ''}${r.asid ? ', ASID' : ''}${r.stage2 ? ', stage 2' : ''}`,
      r.stage1Tables.join(' + ') || 'flat',
      r.stage2Table ?? '-',
      [r.asid ? 'ASID' : '', r.vmid ? 'VMID' : ''].filter(Boolean).join(' + ') || '-',
    ],
    ['stage 1 walks', 'stage 2 walks', 'TLB tags'],
  );
} else if (rule === 'hcr') {
  console.log('## Effective HCR_EL2 (HCR_EL2 field descriptions)\n');
  print(
    ['features.vhe', 'hcr.e2h', 'hcr.tge', 'hcr.imo', 'hcr.vm', 'hcr.tsc'],
    effectiveHcrDecision,
    (h) =>
      Object.entries(h)
        .filter(([, v]) => v)
        .map(([k]) => k.toUpperCase())
        .join(' ') || '(all 0)',
  );
} else if (rule === 'boot') {
  printBootTable();
} else if (rule === 'vmx') {
  // Intel VT-x: every modelled event in every state (Intel SDM Vol. 3C 26.1, 26.2, 27, 28).
  const only = regArg ? VMX_EVENTS.filter((e) => e.toLowerCase() === regArg.toLowerCase()) : VMX_EVENTS;
  console.log(`## Intel VT-x: VM exit or not (Intel SDM Vol. 3C 26.1 / 26.2)\n`);
  const head = ['event', ...VMX_INPUTS, 'result', 'because'];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  const cell = (s: VmxState, input: (typeof VMX_INPUTS)[number]): string => {
    if (input === 'mode') return s.mode;
    if (input === 'cpl') return `ring ${s.cpl}`;
    if (input === 'rflagsIf' || input === 'cr4Smxe') return s[input] ? '1' : '0';
    return s.controls[input] ? '1' : '0';
  };
  let rows = 0;
  for (const e of only)
    for (const s of enumerateVmxStates()) {
      const d = vmxEvent(s, e);
      const r = d.result;
      const shown = r.outcome === 'vm-exit' ? `VM exit (reason ${r.exitReason})` : r.fault ? `${r.fault}` : r.outcome;
      console.log(
        `| ${[e, ...VMX_INPUTS.map((i) => cell(s, i)), shown, d.because.map((b) => b.rule).join(', ')].join(' | ')} |`,
      );
      rows++;
    }
  console.log(`\n${rows} rows.`);
} else {
  console.error(
    `Unknown rule "${ruleArg ?? ''}". Use one of: irq fiq serror virq vfiq vserror ${Object.keys(sync).join(' ')} sysreg <NAME> traps [<NAME>] nv <NAME> regime timers hcr boot vmx [EVENT] [--all]`,
  );
  process.exit(2);
}
