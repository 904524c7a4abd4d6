// The scenario file format: one schema validates built-in files, custom uploads and
// scenarios carried in links, and gives the TypeScript types.
import { z } from 'zod';
import { LINUX_RELEASES } from '../core/boot';
import { knownRegisters } from '../core/sysregs';
import { VMX_EVENTS } from '../core/vmx';
import { FOCUS_PANELS } from './focus';

const KNOWN_REGISTERS = new Set(knownRegisters());

export const SCENARIO_FORMAT = 1;

const Text = z.strictObject({
  en: z.string().min(1, 'English text is empty'),
  zh: z.string().min(1, 'Simplified Chinese text is empty'),
});
/** A short label: code or a name as is ("#0", "ioctl(KVM_RUN)"), or words in both languages. */
const Label = z.union([z.string(), Text]);
export type Label = z.infer<typeof Label>;
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as "host-kernel"');
const ElSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

const HcrPatch = z
  .strictObject({
    vm: z.boolean(),
    fmo: z.boolean(),
    imo: z.boolean(),
    amo: z.boolean(),
    twi: z.boolean(),
    twe: z.boolean(),
    tsc: z.boolean(),
    tge: z.boolean(),
    rw: z.boolean(),
    e2h: z.boolean(),
    nv: z.boolean(),
    nv1: z.boolean(),
    nv2: z.boolean(),
    vi: z.boolean(),
    vf: z.boolean(),
    vse: z.boolean(),
    tvm: z.boolean(),
    trvm: z.boolean(),
    tid3: z.boolean(),
  })
  .partial();
const ScrPatch = z
  .strictObject({
    ns: z.boolean(),
    irq: z.boolean(),
    fiq: z.boolean(),
    ea: z.boolean(),
    hce: z.boolean(),
    rw: z.boolean(),
    eel2: z.boolean(),
  })
  .partial();
const PstatePatch = z.strictObject({ d: z.boolean(), a: z.boolean(), i: z.boolean(), f: z.boolean() }).partial();
const FeaturesPatch = z
  .strictObject({
    el2: z.boolean(),
    el3: z.boolean(),
    vhe: z.boolean(),
    sel2: z.boolean(),
    nv: z.boolean(),
    nv2: z.boolean(),
  })
  .partial();

/** Bits a step, a what-if override or a scenario's initial state may set. */
export const StatePatch = z.strictObject({
  secure: z.boolean().optional(),
  features: FeaturesPatch.optional(),
  hcr: HcrPatch.optional(),
  scr: ScrPatch.optional(),
  pstate: PstatePatch.optional(),
});

const Source = z.strictObject({
  kind: z.enum(['linux', 'xen', 'arm', 'paper', 'qemu', 'other']),
  /** e.g. "arch/arm64/kvm/hyp/nvhe/switch.c: __kvm_vcpu_run" or "Arm ARM D1.3.6". */
  ref: z.string().min(1),
  /** The tree and release the ref was checked against, e.g. "v6.12" (Linux), "4.19" (Xen), "7.2" (QEMU). */
  release: z.string().min(1).max(40).optional(),
  url: z.url().optional(),
});

const SyncEvent = z.strictObject({
  type: z.enum(['SVC', 'HVC', 'SMC', 'WFI', 'WFE', 'Stage1Abort', 'Stage2Abort', 'Undefined']),
  /** The immediate or a label shown on the arrow, e.g. "#0" or "KVM_RUN" (words: { en, zh }). */
  label: Label.optional(),
  /** Only to choose between several actors at the target EL; the EL itself comes from the core. */
  handler: Id.optional(),
});
const InterruptEvent = z.strictObject({
  type: z.enum(['IRQ', 'FIQ', 'SError']),
  label: Label.optional(),
  handler: Id.optional(),
});
const EretEvent = z.strictObject({
  type: z.literal('ERET'),
  /** Where SPSR/ELR send control; default: back to whoever took the last exception. */
  to: Id.optional(),
});
const SysregEvent = z.strictObject({
  type: z.enum(['MRS', 'MSR']),
  reg: z.string().regex(/^[A-Za-z0-9_]+$/, 'expected a system register name such as "SCTLR_EL1"'),
  /** Rt, the general-purpose register (for the ISS of a trapped access); default 0. */
  rt: z.number().int().min(0).max(30).optional(),
  /** The value an MSR writes, where the machine keeps it (CNTHCTL_EL2: its trap enables). */
  value: z.number().int().min(0).optional(),
  /** The VMID an MSR to VTTBR_EL2 installs. */
  vmid: z.number().int().min(0).max(65535).optional(),
});
const VirtualInterruptEvent = z.strictObject({
  type: z.enum(['vIRQ', 'vFIQ', 'vSError']),
  label: Label.optional(),
  handler: Id.optional(),
});
/** The hypervisor writes a GIC list register ICH_LR<n>_EL2: a pending virtual interrupt. */
const ListRegisterEvent = z.strictObject({
  type: z.literal('WriteLR'),
  lr: z.number().int().min(0).max(15),
  vintid: z.number().int().min(0),
  /** HW=1: the virtual interrupt is tied to physical INTID `pintid`, deactivated with it. */
  hw: z.boolean().optional(),
  pintid: z.number().int().min(0).optional(),
  group: z.union([z.literal(0), z.literal(1)]).optional(),
});
/** Acknowledge (ICC_IAR<g>_EL1) or end (ICC_EOIR<g>_EL1) an interrupt at the GIC CPU interface. */
const GicEvent = z.strictObject({
  type: z.enum(['Ack', 'EOI']),
  group: z.union([z.literal(0), z.literal(1)]).optional(),
});
const Hex = z.string().regex(/^0x[0-9a-fA-F]+$/, 'expected a hexadecimal address such as "0x8000"');
/** A load or store: walked by the current regime (stage 1, then stage 2 when it applies). */
const AccessEvent = z.strictObject({
  type: z.literal('Access'),
  va: Hex,
  ipa: Hex.optional(),
  pa: Hex.optional(),
  /** The ASID of the current TTBR (stage 1 entries of an ASID-tagged regime carry it). */
  asid: z.number().int().min(0).max(65535).optional(),
  write: z.boolean().optional(),
  /** The IPA has no stage 2 mapping: a stage 2 translation fault (HPFAR_EL2 holds the IPA). */
  unmapped: z.boolean().optional(),
  /** The register a single LDR/STR transfers (ESR_EL2.ISS.SRT when ISV=1). */
  srt: z.number().int().min(0).max(30).optional(),
});
const SetBitsEvent = z.strictObject({
  type: z.literal('SetBits'),
  hcr: HcrPatch.optional(),
  scr: ScrPatch.optional(),
  pstate: PstatePatch.optional(),
  /** A lecturer's set-up rather than software: no EL precondition, not counted. */
  setup: z.boolean().optional(),
});
const ContextEvent = z.strictObject({
  type: z.enum(['SaveContext', 'RestoreContext']),
  /** Whose EL1/EL0 context: an actor id (its world's context). */
  of: Id,
  regs: z
    .array(z.string().regex(/^[A-Za-z0-9_]+$/))
    .min(1)
    .max(64),
});
const CallEvent = z.strictObject({
  type: z.literal('Call'),
  to: Id,
  /** The function called, e.g. "__kvm_vcpu_run" (or what it does, in both languages). */
  fn: Label.optional(),
});
/** x86 only: an instruction or event on a VT-x processor; the core (vmxEvent) says whether it exits. */
const VmxEventSchema = z.strictObject({
  type: z.literal('VMX'),
  op: z.enum(VMX_EVENTS),
  label: Label.optional(),
  /** VMLAUNCH / VMRESUME: the guest actor the VMCS resumes; default: whoever took the last VM exit. */
  to: Id.optional(),
});
/** A device's DMA through the SMMU (not the CPU): the core (smmuTranslate) says translated or faulted. */
const DmaEventSchema = z.strictObject({
  type: z.literal('DMA'),
  /** The device's name, shown on the arrow, e.g. "virtio-net (VFIO)". */
  device: z.union([z.string().min(1), Text]),
  /** The IPA the device was given by the guest, e.g. "0x8000_0000". */
  address: z.string().min(1),
  /** Whether the VM's stage 2 tables map that IPA (the scenario's memory map). */
  mapped: z.boolean(),
  /** Whether the stream table entry enables stage 2 (STE.Config = S2 translate). */
  stage2: z.boolean(),
  write: z.boolean().optional(),
});
const BootEvent = z.strictObject({
  type: z.literal('Boot'),
  /** The kernel actor the decision places at its EL. */
  kernel: Id,
  input: z.strictObject({
    bootEL: z.union([z.literal(1), z.literal(2)]),
    cpuHasVhe: z.boolean(),
    /** FEAT_NV / FEAT_NV2 in the CPU. */
    cpuNested: z.enum(['none', 'nv', 'nv2']),
    /** The Linux release, "major.minor" from "5.10" to "7.3". */
    kernel: z.enum(LINUX_RELEASES),
    /** CONFIG_ARM64_VHE: only releases before 5.13 have it. */
    configArm64Vhe: z.boolean(),
    kvmArmMode: z.enum(['unset', 'none', 'nvhe', 'protected', 'nested']),
    /** arm64_sw.hvhe=1 on the command line (6.5 and later). */
    hvhe: z.boolean(),
  }),
});

export const EventSchema = z.discriminatedUnion('type', [
  SyncEvent,
  InterruptEvent,
  VirtualInterruptEvent,
  ListRegisterEvent,
  GicEvent,
  AccessEvent,
  EretEvent,
  SysregEvent,
  SetBitsEvent,
  ContextEvent,
  CallEvent,
  BootEvent,
  VmxEventSchema,
  DmaEventSchema,
]);

const Expect = z.strictObject({
  el: ElSchema.optional(),
  actor: Id.optional(),
  outcome: z
    .enum([
      'exception',
      'pending',
      'executed',
      'eret',
      'illegal-eret',
      'illegal-state',
      'register',
      'undefined',
      'bits',
      'context',
      'call',
      'boot',
      'vm-exit',
      'vm-entry',
      'dma',
      'smmu-fault',
      'gic',
      'access',
    ])
    .optional(),
  reaches: z.string().optional(),
  /** ESR_ELx.EC of the exception the step takes (e.g. 0x18 for a trapped MSR/MRS). */
  ec: z.number().int().min(0).max(63).optional(),
  regime: z.enum(['EL1&0', 'EL2', 'EL2&0', 'EL3']).optional(),
  kvm: z.enum(['vhe', 'nvhe', 'protected', 'nested', 'none']).optional(),
  /** A Boot step: HCR_EL2.E2H of KVM's hypervisor code (null: no KVM). */
  hypE2H: z.boolean().nullable().optional(),
  /** A Boot step: the kernel rejected kvm-arm.mode as malformed. */
  malformed: z.boolean().optional(),
});

const Step = z.strictObject({
  event: EventSchema,
  /** Who causes the event: must be the actor running at that point. */
  actor: Id,
  narration: Text,
  sources: z.array(Source).max(8).optional(),
  expect: Expect.optional(),
});

const Actor = z.strictObject({
  id: Id,
  name: Text,
  /** Arm: the exception level. x86 flows give `ring` instead (the lane it is drawn in). */
  el: ElSchema.optional(),
  /** x86 only: the privilege ring (CPL); root or non-root comes from the actor's world. */
  ring: z.union([z.literal(0), z.literal(3)]).optional(),
  world: Id,
  kind: z.enum(['app', 'vmm', 'kernel', 'hypervisor', 'stub', 'firmware']),
});

const World = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(['host', 'guest', 'hypervisor', 'secure', 'firmware']),
  /** x86 only: VMX root operation (the hypervisor's world) or non-root operation (a guest's). */
  vmx: z.enum(['root', 'non-root']).optional(),
});

const VmxControlsPatch = z
  .strictObject({
    externalInterruptExiting: z.boolean(),
    hltExiting: z.boolean(),
    useMsrBitmaps: z.boolean(),
    msrBitmapBit: z.boolean(),
    enableEpt: z.boolean(),
  })
  .partial();

/** x86 lanes reuse the diagram's rows: ring 3 in the top row (as EL0), ring 0 below it (as EL1). */
export const RING_LANE = { 3: 0, 0: 1 } as const;

export const FlowSchema = z
  .strictObject({
    id: Id,
    title: Text,
    design: z.enum(['bare-metal', 'type1', 'type2-nvhe', 'type2-vhe', 'pkvm', 'boot', 'nested', 'secure', 'x86-kvm']),
    /** The processor: Arm (exception levels, the default) or x86 (VMX root / non-root x ring). */
    architecture: z.enum(['arm', 'x86']).optional(),
    worlds: z.array(World).min(1).max(8),
    actors: z.array(Actor).min(1).max(24),
    initial: z.strictObject({ actor: Id, state: StatePatch, vmx: VmxControlsPatch.optional() }),
    steps: z.array(Step).min(1).max(200),
  })
  .superRefine((flow, ctx) => {
    const x86 = flow.architecture === 'x86';
    flow.actors.forEach((a, i) => {
      if (x86 && a.ring === undefined)
        ctx.addIssue({ code: 'custom', path: ['actors', i, 'ring'], message: 'an x86 actor needs "ring" (0 or 3)' });
      if (!x86 && a.el === undefined)
        ctx.addIssue({ code: 'custom', path: ['actors', i, 'el'], message: 'an Arm actor needs "el" (0-3)' });
    });
    if (x86)
      flow.worlds.forEach((w, i) => {
        if (!w.vmx)
          ctx.addIssue({
            code: 'custom',
            path: ['worlds', i, 'vmx'],
            message: 'an x86 world needs "vmx" (root or non-root)',
          });
      });
  })
  // Every actor gets a lane: its EL on Arm, RING_LANE of its ring on x86.
  .transform((flow) => ({
    ...flow,
    actors: flow.actors.map((a) => ({ ...a, el: a.el ?? RING_LANE[a.ring ?? 0] }) as typeof a & { el: 0 | 1 | 2 | 3 }),
  }));

const Measurement = z.strictObject({
  label: Text,
  /** As printed in the source, e.g. "6,500". */
  value: z.string().min(1),
  unit: z.union([z.string().min(1), Text]),
  hardware: z.union([z.string().min(1), Text]),
  source: Source,
});

export const ScenarioSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT),
    id: Id,
    title: Text,
    summary: Text,
    /** The lesson's own panel(s), e.g. ["routing"] for a routing lesson (the first leads). */
    focus: z.array(z.enum(FOCUS_PANELS)).min(1).max(2).optional(),
    /** One flow, or two or three played side by side (nVHE vs VHE; VT-x vs nVHE vs VHE). */
    flows: z.array(FlowSchema).min(1).max(3),
    measurements: z.array(Measurement).max(24).optional(),
    sources: z.array(Source).max(16).optional(),
  })
  .superRefine((scenario, ctx) => {
    // Cross-references: every id a flow names must exist in that flow.
    scenario.flows.forEach((flow, f) => {
      const actors = new Set(flow.actors.map((a) => a.id));
      const worlds = new Set(flow.worlds.map((w) => w.id));
      const missing = (id: string | undefined, path: (string | number)[], what: string) => {
        if (id !== undefined && !actors.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['flows', f, ...path],
            message: `unknown ${what} "${id}": expected one of ${[...actors].join(', ')}`,
          });
        }
      };
      flow.actors.forEach((a, i) => {
        if (!worlds.has(a.world)) {
          ctx.addIssue({
            code: 'custom',
            path: ['flows', f, 'actors', i, 'world'],
            message: `unknown world "${a.world}": expected one of ${[...worlds].join(', ')}`,
          });
        }
      });
      if (actors.size !== flow.actors.length) {
        ctx.addIssue({ code: 'custom', path: ['flows', f, 'actors'], message: 'actor ids must be unique' });
      }
      missing(flow.initial.actor, ['initial', 'actor'], 'actor');
      flow.steps.forEach((step, i) => {
        missing(step.actor, ['steps', i, 'actor'], 'actor');
        const e = step.event;
        if ('handler' in e) missing(e.handler, ['steps', i, 'event', 'handler'], 'actor');
        if (e.type === 'ERET' || e.type === 'Call' || e.type === 'VMX')
          missing(e.to, ['steps', i, 'event', 'to'], 'actor');
        if (e.type === 'SaveContext' || e.type === 'RestoreContext')
          missing(e.of, ['steps', i, 'event', 'of'], 'actor');
        if (e.type === 'Boot') missing(e.kernel, ['steps', i, 'event', 'kernel'], 'actor');
        // Register names must be ones the rules know, or replay could not answer them.
        const regs =
          e.type === 'MRS' || e.type === 'MSR'
            ? [e.reg]
            : e.type === 'SaveContext' || e.type === 'RestoreContext'
              ? e.regs
              : [];
        regs.forEach((reg, r) => {
          if (!KNOWN_REGISTERS.has(reg.toUpperCase())) {
            const path =
              e.type === 'MRS' || e.type === 'MSR' ? ['steps', i, 'event', 'reg'] : ['steps', i, 'event', 'regs', r];
            ctx.addIssue({ code: 'custom', path: ['flows', f, ...path], message: `unknown system register "${reg}"` });
          }
        });
        missing(step.expect?.actor, ['steps', i, 'expect', 'actor'], 'actor');
      });
    });
  });

export { FOCUS_PANELS };
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Flow = z.infer<typeof FlowSchema>;
export type ScenarioEvent = z.infer<typeof EventSchema>;
export type Step = Flow['steps'][number];
export type Actor = Flow['actors'][number];
export type World = Flow['worlds'][number];
export type StatePatch = z.infer<typeof StatePatch>;
export type SourceRef = z.infer<typeof Source>;
export type Measurement = z.infer<typeof Measurement>;
