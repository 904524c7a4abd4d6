import { describe, expect, it } from 'vitest';
import { exportFileName } from './filename';
import { wrapText } from './wrap';

const mono = (s: string) => s.length * 10;

describe('exported pictures', () => {
  it('names the file after the scenario and the step', () => {
    expect(exportFileName('type2-kvm-vhe', 9, 'svg')).toBe('vhe-lab_type2-kvm-vhe_step-9.svg');
    expect(exportFileName('a/b c', 0, 'png')).toBe('vhe-lab_a-b-c_step-0.png');
  });

  it('wraps English between words within the width', () => {
    const lines = wrapText('bash calls write(): the C library puts the number in x8', 200, mono);
    expect(lines).toEqual(['bash calls write():', 'the C library puts', 'the number in x8']);
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(200);
  });

  it('wraps Chinese between characters and keeps every character', () => {
    const text = 'SVC 是同步异常，从 EL0 发出时进入 EL1。';
    const lines = wrapText(text, 80, mono);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(80);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapText('HCR_EL2.E2H_TGE_LONG', 50, mono)).toEqual(['HCR_E', 'L2.E2', 'H_TGE', '_LONG']);
  });
});
