// The Predict mode switch's names: the toolbar (first view) needs only these, the rest of
// strings.ts loads with the predict card.
export const SWITCH = {
  en: { predictMode: 'Predict mode', predict: 'Predict' },
  zh: { predictMode: '预测模式', predict: '预测' },
};
