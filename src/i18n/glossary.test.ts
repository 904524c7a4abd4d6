// Every Chinese text (messages, the rule table, the scenarios) uses the glossary's terms.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';
import { ZH_RULES } from './rules';
import { zh } from './zh';

/** Every string in a value; a function counts by its source (its template text). */
function texts(v: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof v === 'string') out.push([at, v]);
  else if (typeof v === 'function') out.push([at, v.toString()]);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) texts(x, `${at}.${k}`, out);
  return out;
}

/** The "zh" strings of a scenario file, with their JSON paths. */
function scenarioZh(v: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) scenarioZh(x, `${at}[${i}]`, out);
  } else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (k === 'zh' && typeof x === 'string') out.push([`${at}.zh`, x]);
      else scenarioZh(x, `${at}.${k}`, out);
    }
  return out;
}

const dir = join(__dirname, '../../scenarios');
const all: [string, string][] = [
  ...texts(zh, 'zh'),
  ...texts(ZH_RULES, 'ZH_RULES'),
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => scenarioZh(JSON.parse(readFileSync(join(dir, f), 'utf8')), f)),
];

describe('glossary', () => {
  it('has one Chinese term per English term, never listed among its own variants', () => {
    expect(new Set(GLOSSARY.map((t) => t.en)).size).toBe(GLOSSARY.length);
    for (const t of GLOSSARY) expect(t.avoid, t.en).not.toContain(t.zh);
  });

  for (const term of GLOSSARY) {
    it(`"${term.en}" is ${term.zh} everywhere`, () => {
      const wrong = all
        .flatMap(([where, text]) => term.avoid.filter((v) => text.includes(v)).map((v) => `${where}: ${v}`))
        .sort();
      expect(wrong, `use ${term.zh} for "${term.en}"`).toEqual([]);
    });
  }

  it('flags a term used against it', () => {
    const text = '当前地址转换机制的第二阶段';
    const hits = GLOSSARY.filter((t) => t.avoid.some((v) => text.includes(v))).map((t) => t.en);
    expect(hits).toEqual(['translation regime', 'stage 2']);
  });
});
