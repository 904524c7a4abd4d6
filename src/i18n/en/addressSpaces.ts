// Every word the Address spaces panel shows, in English and Simplified Chinese.
export const addressSpaces = {
  title: 'Address spaces',
  current: (el: number) => `Current EL (EL${el})`,
  hostEl0: 'Host EL0 (TGE picks its regime)',
  regime: 'Translation regime',
  box: {
    upper: 'upper half · kernel',
    lower: 'lower half · user',
    lowOnly: 'one range',
    noUpper: 'no upper range',
    hole: 'unmapped',
    flat: 'flat: VA = PA (stage 1 off)',
    ipa: 'IPA',
    pa: 'PA',
  },
  arrow: { stage1: 'stage 1', stage2: 'stage 2', identity: 'VA = PA' },
  convention: 'Upper half = kernel and lower half = user is a software convention, not architectural.',
  diagram: (who: string, regime: string, parts: string) => `${who}: ${regime}. ${parts}`,
  waiting: 'Asking the rules…',
};
