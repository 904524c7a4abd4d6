// The Predict mode switch's names: the toolbar (first view) needs only these, the rest of
// strings.ts loads with the predict card.
export const predictSwitch = { predictMode: 'Predict mode', predict: 'Predict' };
