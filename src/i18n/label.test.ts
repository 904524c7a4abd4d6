// Scenario labels in both languages: code stays one string, words carry { en, zh }.
import { expect, it } from 'vitest';
import { eventLabel } from './ruleText';
import './rules';

it('shows a worded label in the UI language and a code label as it is', () => {
  const timer = { type: 'IRQ', label: { en: 'timer', zh: '定时器' } } as const;
  expect(eventLabel(timer, 'en')).toBe('IRQ timer');
  expect(eventLabel(timer, 'zh')).toBe('IRQ 定时器');
  expect(eventLabel({ type: 'SVC', label: '#0 write()' }, 'zh')).toBe('SVC #0 write()');
  expect(eventLabel({ type: 'SVC', label: '' }, 'en')).toBe('SVC');
});

it('joins two Chinese runs without a space and a Chinese run and a name with one', () => {
  const service = { type: 'Call', to: 'sp', fn: { en: "(the partition's service)", zh: '（分区的服务）' } } as const;
  expect(eventLabel(service, 'zh')).toBe('调用（分区的服务）');
  expect(eventLabel(service, 'en')).toBe("call (the partition's service)");
  expect(eventLabel({ type: 'Call', to: 'x', fn: 'handle_exit' }, 'zh')).toBe('调用 handle_exit');
  expect(
    eventLabel({ type: 'DMA', device: { en: 'NIC', zh: '网卡' }, address: '0x8000', mapped: true, stage2: true }, 'zh'),
  ).toBe('DMA 网卡 → 0x8000');
});
