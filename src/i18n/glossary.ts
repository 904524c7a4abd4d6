// The terms the Chinese follows: one translation per Arm term, and the variants that crept
// in before (glossary.test.ts flags any of them in the messages, the rule table or the
// scenarios). Arm's own words for stages stay in English, as in the Arm ARM's index.
export interface Term {
  en: string;
  zh: string;
  /** Translations not to use for this term. */
  avoid: readonly string[];
}

export const GLOSSARY: readonly Term[] = [
  { en: 'translation regime', zh: '转换体制', avoid: ['地址转换机制', '转换机制'] },
  { en: 'stage 1', zh: 'stage 1', avoid: ['第一阶段', '一级转换'] },
  { en: 'stage 2', zh: 'stage 2', avoid: ['第二阶段', '二级转换'] },
  { en: 'Exception level', zh: '异常级别', avoid: ['异常等级', '例外级别'] },
  { en: 'guest', zh: '客户机', avoid: ['来宾'] },
  { en: 'exception return', zh: '异常返回', avoid: ['例外返回'] },
  // KVM's nVHE "split mode" (the rule table's word; "split 模式" crept into titles).
  { en: 'split mode', zh: '分离模式', avoid: ['split 模式'] },
];
