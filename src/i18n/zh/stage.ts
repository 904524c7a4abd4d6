// The stage's own words: the wings' tabs, presenter mode, the caption (src/app/stage).
import type * as en from '../en/stage';
import type { Shape } from '../shape';

export const stage = {
  wings: '更多面板',
  focusMark: '本课重点',
  wingKeys: (n: number) => `按 1–${n} 键打开这些面板`,
  presenter: '演示',
  presenterLong: '演示模式（全屏；按 Esc 退出）',
  leavePresenter: '退出演示模式',
  skip: '跳到课程内容',
  veiled: (panel: string) => `${panel}：回答问题之前先隐藏（它会泄露答案）。`,
  tabs: { registers: '寄存器', bits: '控制位', routing: '路由', redirect: '重定向', address: '地址空间' },
} satisfies Shape<typeof en.stage>;
