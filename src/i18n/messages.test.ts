// The Chinese messages match the English ones key for key (the type check says so too; this
// also catches a cast), plurals come from Intl.PluralRules, and Chinese loads on demand.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { embed } from './en/embed';
import { linkNotices } from './en/linkNotices';
import { openDialog } from './en/openDialog';
import { predict } from './en/predict';
import { shortcuts } from './en/shortcuts';
import { trace } from './en/trace';
import { loadLang, messages } from './index';
import { plural } from './plural';
import { zh } from './zh';

type Tree = { [k: string]: unknown };

function shapeOf(v: unknown): unknown {
  if (typeof v === 'function') return `fn/${v.length}`;
  if (typeof v === 'string') return 'string';
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Tree).map(([k, x]) => [k, shapeOf(x)]));
  return typeof v;
}

describe('messages', () => {
  it('Chinese has exactly the English keys, and functions of the same arity', () => {
    expect(shapeOf(zh)).toEqual(shapeOf({ ...en, openDialog, predict, embed, linkNotices, shortcuts, trace }));
  });

  it('English is there from the start; Chinese only once loaded', async () => {
    expect(messages('en').ui.product).toBe('VHE Lab');
    expect(messages('zh')).toBe(en);
    await loadLang('zh');
    expect(messages('zh').ui.language).toBe(zh.ui.language);
  });

  it('counts with plural forms', () => {
    expect(plural('en', 1, { one: '# problem', other: '# problems' })).toBe('1 problem');
    expect(plural('en', 2, { one: '# problem', other: '# problems' })).toBe('2 problems');
    expect(linkNotices.badCustom(1)).toContain('(1 problem)');
    expect(openDialog.problems(3)).toBe('This scenario has 3 problems:');
    expect(en.narration.registerSummary(1, 0, 0, 0)).toMatch(/^1 register:/);
    expect(plural('zh', 1, { other: '# 个' })).toBe('1 个');
  });
});

describe('exception class names', () => {
  it('Chinese names exactly the exception classes the core names', async () => {
    const { EC_NAMES } = await import('../core');
    const { EC_ZH } = await import('./zh/registerFile');
    expect(Object.keys(EC_ZH).map(Number).sort()).toEqual(Object.keys(EC_NAMES).map(Number).sort());
  });
});
