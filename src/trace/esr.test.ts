import { describe, expect, it } from 'vitest';
import { decodeEsr, decodeEsrHex, faultStatus } from './esr';

const fields = (esr: number) => Object.fromEntries(decodeEsr(esr).fields.map((f) => [f.name, f.value]));

describe('decodeEsr (Arm ARM ESR_ELx: EC 31:26, IL 25, ISS 24:0)', () => {
  it('HVC #0x42 (from the mini-hyp trace)', () => {
    const d = decodeEsr(0x5a000042);
    expect(d.ec).toBe(0x16);
    expect(d.ecName.en).toBe('HVC in AArch64 state');
    expect(d.il).toBe(1);
    expect(fields(0x5a000042)).toEqual({ imm16: '0x42' });
  });

  it('SVC and SMC immediates', () => {
    expect(fields(0x56000001)).toEqual({ imm16: '0x1' });
    expect(decodeEsr(0x5e000000).ecName.en).toBe('SMC in AArch64 state');
  });

  it('trapped WFI and WFE: TI', () => {
    expect(decodeEsr(0x07e00000).ec).toBe(0x01);
    expect(decodeEsr(0x07e00000).fields[0]).toMatchObject({ name: 'TI', value: '0', meaning: { en: 'WFI' } });
    expect(decodeEsr(0x07e00001).fields[0]).toMatchObject({ name: 'TI', value: '1', meaning: { en: 'WFE' } });
  });

  it('a data abort with a valid syndrome: ISV, SAS, SRT, WnR, DFSC (mini-hyp: LDR W1, [X0] at an unmapped IPA)', () => {
    const f = fields(0x93810005);
    expect(f).toMatchObject({ ISV: '1', SAS: '2', SRT: '1', SF: '0', WnR: '0', DFSC: '0x5' });
    const dfsc = decodeEsr(0x93810005).fields.find((x) => x.name === 'DFSC');
    expect(dfsc?.meaning?.en).toBe('Translation fault, level 1');
  });

  it('a data abort write without ISV has no access details', () => {
    const f = fields(0x9200004f); // EC 0x24, IL, ISV=0, WnR=1, DFSC=0x0f (permission fault level 3)
    expect(f.ISV).toBe('0');
    expect(f.SRT).toBeUndefined();
    expect(f.WnR).toBe('1');
    expect(decodeEsr(0x9200004f).fields.find((x) => x.name === 'DFSC')?.meaning?.en).toBe('Permission fault, level 3');
  });

  it('a trapped MSR/MRS: Op0, Op1, CRn, CRm, Op2, Rt, direction and the register name', () => {
    // MSR SCTLR_EL1, X3 trapped (HCR_EL2.TVM): EC 0x18, Op0=3 Op1=0 CRn=1 CRm=0 Op2=0 Rt=3 write.
    const iss = (3 << 20) | (0 << 17) | (0 << 14) | (1 << 10) | (3 << 5) | (0 << 1) | 0;
    const esr = (0x18 << 26) | (1 << 25) | iss;
    const d = decodeEsr(esr);
    expect(d.ecName.en).toBe('Trapped MSR, MRS or System instruction');
    expect(fields(esr)).toMatchObject({
      Op0: '3',
      Op1: '0',
      CRn: '1',
      CRm: '0',
      Op2: '0',
      Rt: '3',
      Direction: '0',
      register: 'SCTLR_EL1',
    });
    expect(d.fields.find((x) => x.name === 'Direction')?.meaning?.en).toBe('write (MSR SCTLR_EL1, X3)');
    // The same access as a read (MRS X3, SCTLR_EL1).
    expect(decodeEsr(esr | 1).fields.find((x) => x.name === 'Direction')?.meaning?.en).toBe('read (MRS X3, SCTLR_EL1)');
  });

  it('instruction aborts, BRK and an unlisted EC', () => {
    expect(fields(0x82000006)).toMatchObject({ IFSC: '0x6' });
    expect(fields(0xf2000123)).toEqual({ comment: '0x123' });
    expect(decodeEsr(0x3f << 26).ecName.en).toMatch(/unlisted EC 0x3f/);
  });

  it('fault status codes', () => {
    expect(faultStatus(0b000111).en).toBe('Translation fault, level 3');
    expect(faultStatus(0b001001).en).toBe('Access flag fault, level 1');
    expect(faultStatus(0b100001).en).toBe('Alignment fault');
  });

  it('reads the 64-bit syndrome newer QEMU releases print (ISS2 in bits 55:32)', () => {
    const d = decodeEsrHex('1293810005');
    expect(d.ec).toBe(0x24);
    expect(d.fields.find((f) => f.name === 'ISS2')?.value).toBe('0x12');
    expect(decodeEsrHex('5a000042').fields).toEqual([{ name: 'imm16', value: '0x42' }]);
  });
});
