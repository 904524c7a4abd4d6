// Every word the Address spaces panel shows, in English and Simplified Chinese.
import type * as en from '../en/addressSpaces';
import type { Shape } from '../shape';
export const addressSpaces = {
  title: '地址空间',
  current: (el: number) => `当前异常级别（EL${el}）`,
  hostEl0: '宿主 EL0（由 TGE 决定其转换体制）',
  regime: '转换体制',
  box: {
    upper: '高半区 · 内核',
    lower: '低半区 · 用户',
    lowOnly: '单一地址范围',
    noUpper: '没有高地址范围',
    hole: '未映射',
    flat: '平坦：VA = PA（stage 1 关闭）',
    ipa: 'IPA',
    pa: 'PA',
  },
  arrow: { stage1: 'stage 1', stage2: 'stage 2', identity: 'VA = PA' },
  convention: '"高半区给内核、低半区给用户"是软件约定，并非架构规定。',
  diagram: (who: string, regime: string, parts: string) => `${who}：${regime}。${parts}`,
  waiting: '正在询问规则…',
} satisfies Shape<typeof en.addressSpaces>;
