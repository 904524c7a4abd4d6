import { expect, it } from 'vitest';
import { loadLang } from '../i18n';
import { whatIfLine } from './whatIfs';

it('writes the what-ifs in force for an export, in both languages', async () => {
  await loadLang('zh');
  const o = [{ flow: 0, step: 1, patch: { hcr: { tge: false } } }];
  expect(whatIfLine(o, ['one'], 'en')).toBe('What-if: HCR_EL2.TGE=0 before step 2');
  expect(whatIfLine(o, ['nVHE', 'VHE'], 'zh')).toBe('假如：第 2 步之前 HCR_EL2.TGE=0 (nVHE)');
});
