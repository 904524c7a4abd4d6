// The Predict mode switch's names: the toolbar (first view) needs only these, the rest of
// strings.ts loads with the predict card.
import type * as en from '../en/predictSwitch';
import type { Shape } from '../shape';
export const predictSwitch = { predictMode: '预测模式', predict: '预测' } satisfies Shape<typeof en.predictSwitch>;
