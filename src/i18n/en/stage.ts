// The stage's own words: the wings' tabs, presenter mode, the caption (src/app/stage).

export const stage = {
  wings: 'More panels',
  focusMark: 'this lesson',
  wingKeys: (n: number) => `Keys 1–${n} open these panels`,
  presenter: 'Present',
  presenterLong: 'Presenter mode (full screen; Escape leaves)',
  leavePresenter: 'Leave presenter mode',
  skip: 'Skip to the lesson',
  veiled: (panel: string) => `${panel}: hidden until you answer the question (it would give the answer away).`,
  tabs: { registers: 'Registers', bits: 'Bits', routing: 'Routing', redirect: 'Redirection', address: 'Spaces' },
};
