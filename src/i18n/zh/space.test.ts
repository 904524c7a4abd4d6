import { expect, it } from 'vitest';
import { sp } from './space';

it('spaces Chinese from Latin and digits where a value meets the template', () => {
  const from = 'KVM hyp 代码';
  const to = 'bash';
  expect(sp`ERET：从${from}（EL2）返回到${to}（EL0）`).toBe('ERET：从 KVM hyp 代码（EL2）返回到 bash（EL0）');
  expect(sp`由${'pKVM hyp'}处理`).toBe('由 pKVM hyp 处理');
  expect(sp`第 ${3} 步`).toBe('第 3 步');
  // Chinese next to Chinese, or next to punctuation, stays as it is.
  expect(sp`由${'宿主内核'}处理`).toBe('由宿主内核处理');
  expect(sp`（${'EL1'}）`).toBe('（EL1）');
});
