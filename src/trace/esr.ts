// Decoding ESR_ELx (Arm ARM DDI 0487, D24.2 "ESR_EL1/ESR_EL2/ESR_EL3": EC, IL, ISS). Pure.
// Field positions are the Arm ARM's; names of the fields are the Arm ARM's too.

export interface EsrField {
  /** The Arm ARM's field name, e.g. "imm16", "SRT", "DFSC". */
  name: string;
  /** As shown: hex for immediates and codes, decimal for register numbers. */
  value: string;
  /** What the value means, in English and Chinese, when there is more to say. */
  meaning?: { en: string; zh: string };
}

export interface DecodedEsr {
  ec: number;
  /** The EC's name in the Arm ARM's words. */
  ecName: { en: string; zh: string };
  /** IL: 1 = the trapped instruction was 32 bits. */
  il: 0 | 1;
  iss: number;
  fields: EsrField[];
}

/** Exception classes, ESR_ELx.EC (bits 31:26). */
const EC_NAMES: Record<number, { en: string; zh: string }> = {
  0: { en: 'Unknown reason', zh: '未知原因' },
  1: { en: 'Trapped WFI or WFE', zh: '被捕获的 WFI 或 WFE' },
  3: { en: 'Trapped MCR or MRC (coproc 0b1111)', zh: '被捕获的 MCR 或 MRC（coproc 0b1111）' },
  4: { en: 'Trapped MCRR or MRRC (coproc 0b1111)', zh: '被捕获的 MCRR 或 MRRC（coproc 0b1111）' },
  5: { en: 'Trapped MCR or MRC (coproc 0b1110)', zh: '被捕获的 MCR 或 MRC（coproc 0b1110）' },
  6: { en: 'Trapped LDC or STC', zh: '被捕获的 LDC 或 STC' },
  7: { en: 'Trapped SVE, Advanced SIMD or floating-point access', zh: '被捕获的 SVE、高级 SIMD 或浮点访问' },
  10: { en: 'Trapped LD64B or ST64B', zh: '被捕获的 LD64B 或 ST64B' },
  12: { en: 'Trapped MRRC (coproc 0b1110)', zh: '被捕获的 MRRC（coproc 0b1110）' },
  13: { en: 'Branch Target Exception', zh: '分支目标异常' },
  14: { en: 'Illegal Execution state', zh: '非法执行状态' },
  17: { en: 'SVC in AArch32 state', zh: 'AArch32 状态下的 SVC' },
  18: { en: 'HVC in AArch32 state', zh: 'AArch32 状态下的 HVC' },
  19: { en: 'SMC in AArch32 state', zh: 'AArch32 状态下的 SMC' },
  21: { en: 'SVC in AArch64 state', zh: 'AArch64 状态下的 SVC' },
  22: { en: 'HVC in AArch64 state', zh: 'AArch64 状态下的 HVC' },
  23: { en: 'SMC in AArch64 state', zh: 'AArch64 状态下的 SMC' },
  24: {
    en: 'Trapped MSR, MRS or System instruction',
    zh: '被捕获的 MSR、MRS 或系统指令',
  },
  25: { en: 'Trapped SVE access', zh: '被捕获的 SVE 访问' },
  26: { en: 'Trapped ERET, ERETAA or ERETAB', zh: '被捕获的 ERET、ERETAA 或 ERETAB' },
  28: { en: 'Pointer authentication failure', zh: '指针认证失败' },
  30: { en: 'Granule Protection Check', zh: '颗粒保护检查' },
  29: { en: 'Trapped SME access', zh: '被捕获的 SME 访问' },
  32: { en: 'Instruction Abort from a lower Exception level', zh: '来自较低异常级别的指令中止' },
  33: { en: 'Instruction Abort taken without a change in Exception level', zh: '未改变异常级别的指令中止' },
  34: { en: 'PC alignment fault', zh: 'PC 对齐错误' },
  36: { en: 'Data Abort from a lower Exception level', zh: '来自较低异常级别的数据中止' },
  37: { en: 'Data Abort taken without a change in Exception level', zh: '未改变异常级别的数据中止' },
  38: { en: 'SP alignment fault', zh: 'SP 对齐错误' },
  39: { en: 'Memory Operation Exception', zh: '内存操作异常' },
  40: { en: 'Trapped floating-point exception (AArch32)', zh: '被捕获的浮点异常（AArch32）' },
  44: { en: 'Trapped floating-point exception (AArch64)', zh: '被捕获的浮点异常（AArch64）' },
  45: { en: 'GCS exception', zh: 'GCS 异常' },
  47: { en: 'SError exception', zh: 'SError 异常' },
  48: { en: 'Breakpoint from a lower Exception level', zh: '来自较低异常级别的断点' },
  49: { en: 'Breakpoint taken without a change in Exception level', zh: '未改变异常级别的断点' },
  50: { en: 'Software Step from a lower Exception level', zh: '来自较低异常级别的软件单步' },
  51: { en: 'Software Step taken without a change in Exception level', zh: '未改变异常级别的软件单步' },
  52: { en: 'Watchpoint from a lower Exception level', zh: '来自较低异常级别的观察点' },
  53: { en: 'Watchpoint taken without a change in Exception level', zh: '未改变异常级别的观察点' },
  56: { en: 'BKPT instruction (AArch32)', zh: 'BKPT 指令（AArch32）' },
  60: { en: 'BRK instruction (AArch64)', zh: 'BRK 指令（AArch64）' },
};

export function ecName(ec: number): { en: string; zh: string } {
  return EC_NAMES[ec] ?? { en: `Reserved or unlisted EC 0x${hex(ec)}`, zh: `保留或未列出的 EC 0x${hex(ec)}` };
}

const hex = (n: number) => n.toString(16);
const bits = (v: number, hi: number, lo: number) => (v >>> lo) & ((1 << (hi - lo + 1)) - 1);
const field = (name: string, value: string, meaning?: EsrField['meaning']): EsrField =>
  meaning ? { name, value, meaning } : { name, value };

/** Fault status codes (DFSC/IFSC, bits 5:0), the ones a hypervisor course meets. */
export function faultStatus(code: number): { en: string; zh: string } {
  const level = code & 3;
  const lv = { en: `level ${level}`, zh: `第 ${level} 级` };
  switch (code >> 2) {
    case 0b0000:
      return { en: `Address size fault, ${lv.en}`, zh: `地址大小错误，${lv.zh}` };
    case 0b0001:
      return { en: `Translation fault, ${lv.en}`, zh: `转换错误，${lv.zh}` };
    case 0b0010:
      return { en: `Access flag fault, ${lv.en}`, zh: `访问标志错误，${lv.zh}` };
    case 0b0011:
      return { en: `Permission fault, ${lv.en}`, zh: `权限错误，${lv.zh}` };
  }
  switch (code) {
    case 0b010000:
      return { en: 'Synchronous External abort', zh: '同步外部中止' };
    case 0b100001:
      return { en: 'Alignment fault', zh: '对齐错误' };
    case 0b110000:
      return { en: 'TLB conflict abort', zh: 'TLB 冲突中止' };
    case 0b101000:
      return { en: 'Granule Protection Fault, not on a table walk', zh: '颗粒保护错误（非页表遍历）' };
  }
  return {
    en: `Fault status 0b${code.toString(2).padStart(6, '0')}`,
    zh: `错误状态 0b${code.toString(2).padStart(6, '0')}`,
  };
}

const SAS = ['byte', 'halfword', 'word', 'doubleword'] as const;
const SAS_ZH = ['字节', '半字', '字', '双字'] as const;
const WFX = [
  { en: 'WFI', zh: 'WFI' },
  { en: 'WFE', zh: 'WFE' },
  { en: 'WFIT', zh: 'WFIT' },
  { en: 'WFET', zh: 'WFET' },
] as const;

/** A few system registers by encoding (Op0, Op1, CRn, CRm, Op2), to name trapped accesses. */
const SYSREGS: Record<string, string> = {
  '3,0,1,0,0': 'SCTLR_EL1',
  '3,0,2,0,0': 'TTBR0_EL1',
  '3,0,2,0,1': 'TTBR1_EL1',
  '3,0,2,0,2': 'TCR_EL1',
  '3,0,5,1,0': 'AFSR0_EL1',
  '3,0,5,1,1': 'AFSR1_EL1',
  '3,0,5,2,0': 'ESR_EL1',
  '3,0,6,0,0': 'FAR_EL1',
  '3,0,10,2,0': 'MAIR_EL1',
  '3,0,12,0,0': 'VBAR_EL1',
  '3,0,13,0,1': 'CONTEXTIDR_EL1',
  '3,0,0,0,5': 'MPIDR_EL1',
  '3,0,0,0,0': 'MIDR_EL1',
  '3,3,14,0,1': 'CNTPCT_EL0',
  '3,3,14,2,1': 'CNTP_CTL_EL0',
  '3,3,14,2,2': 'CNTP_CVAL_EL0',
  '3,0,12,12,5': 'ICC_SRE_EL1',
  '3,0,12,12,0': 'ICC_IAR1_EL1',
  '3,0,12,12,1': 'ICC_EOIR1_EL1',
};

/** Decodes ESR_ELx: low = bits 31:0; iss2 = bits 55:32 (FEAT_LS64 and later; 0 before). */
export function decodeEsr(low: number, iss2 = 0): DecodedEsr {
  const v = low >>> 0;
  const ec = bits(v, 31, 26);
  const il = bits(v, 25, 25) as 0 | 1;
  const iss = bits(v, 24, 0);
  const fields: EsrField[] = [];
  switch (ec) {
    case 0x11:
    case 0x12:
    case 0x13:
    case 0x15:
    case 0x16:
    case 0x17:
      // SVC/HVC: imm16 is the instruction's immediate. SMC: the immediate (ISS[15:0]) too.
      fields.push(field('imm16', `0x${hex(bits(iss, 15, 0))}`));
      break;
    case 0x01: {
      const ti = bits(iss, 1, 0);
      fields.push(field('TI', String(ti), WFX[ti]));
      if (bits(iss, 24, 24)) fields.push(field('COND', `0x${hex(bits(iss, 23, 20))}`));
      break;
    }
    case 0x18: {
      const op0 = bits(iss, 21, 20);
      const op2 = bits(iss, 19, 17);
      const op1 = bits(iss, 16, 14);
      const crn = bits(iss, 13, 10);
      const rt = bits(iss, 9, 5);
      const crm = bits(iss, 4, 1);
      const read = bits(iss, 0, 0) === 1;
      const name = SYSREGS[`${op0},${op1},${crn},${crm},${op2}`];
      fields.push(field('Op0', String(op0)), field('Op1', String(op1)), field('CRn', String(crn)));
      fields.push(field('CRm', String(crm)), field('Op2', String(op2)), field('Rt', String(rt)));
      fields.push(
        field(
          'Direction',
          read ? '1' : '0',
          read
            ? { en: `read (MRS X${rt}, ${name ?? 'the register'})`, zh: `读（MRS X${rt}, ${name ?? '该寄存器'}）` }
            : { en: `write (MSR ${name ?? 'the register'}, X${rt})`, zh: `写（MSR ${name ?? '该寄存器'}, X${rt}）` },
        ),
      );
      if (name) fields.push(field('register', name));
      break;
    }
    case 0x24:
    case 0x25: {
      const isv = bits(iss, 24, 24);
      fields.push(
        field(
          'ISV',
          String(isv),
          isv
            ? { en: 'the syndrome describes the access', zh: '综合征描述了这次访问' }
            : { en: 'no access details (SAS, SRT, ... are not valid)', zh: '没有访问细节（SAS、SRT 等无效）' },
        ),
      );
      if (isv) {
        const sas = bits(iss, 23, 22);
        fields.push(field('SAS', String(sas), { en: SAS[sas] ?? '', zh: SAS_ZH[sas] ?? '' }));
        fields.push(field('SSE', String(bits(iss, 21, 21))));
        fields.push(
          field('SRT', String(bits(iss, 20, 16)), {
            en: `register X${bits(iss, 20, 16)}`,
            zh: `寄存器 X${bits(iss, 20, 16)}`,
          }),
        );
        fields.push(field('SF', String(bits(iss, 15, 15))));
        fields.push(field('AR', String(bits(iss, 14, 14))));
      }
      fields.push(field('FnV', String(bits(iss, 10, 10))));
      fields.push(field('EA', String(bits(iss, 9, 9))));
      fields.push(field('CM', String(bits(iss, 8, 8))));
      fields.push(
        field(
          'S1PTW',
          String(bits(iss, 7, 7)),
          bits(iss, 7, 7)
            ? { en: 'stage 2 fault on a stage 1 table walk', zh: '第一阶段页表遍历时发生第二阶段错误' }
            : undefined,
        ),
      );
      const wnr = bits(iss, 6, 6);
      fields.push(field('WnR', String(wnr), wnr ? { en: 'write', zh: '写' } : { en: 'read', zh: '读' }));
      const dfsc = bits(iss, 5, 0);
      fields.push(field('DFSC', `0x${hex(dfsc)}`, faultStatus(dfsc)));
      break;
    }
    case 0x20:
    case 0x21: {
      fields.push(field('FnV', String(bits(iss, 10, 10))));
      fields.push(field('EA', String(bits(iss, 9, 9))));
      fields.push(field('S1PTW', String(bits(iss, 7, 7))));
      const ifsc = bits(iss, 5, 0);
      fields.push(field('IFSC', `0x${hex(ifsc)}`, faultStatus(ifsc)));
      break;
    }
    case 0x3c:
      fields.push(field('comment', `0x${hex(bits(iss, 15, 0))}`));
      break;
  }
  if (iss2) fields.push(field('ISS2', `0x${hex(iss2)}`));
  return { ec, ecName: ecName(ec), il, iss, fields };
}

/** Decodes the syndrome as QEMU prints it (hex, up to 64 bits). */
export function decodeEsrHex(hexText: string): DecodedEsr {
  const clean = hexText.replace(/^0x/i, '').padStart(16, '0').slice(-16);
  const low = Number.parseInt(clean.slice(8), 16);
  const iss2 = Number.parseInt(clean.slice(0, 8), 16) & 0xffffff;
  return decodeEsr(low, iss2);
}
