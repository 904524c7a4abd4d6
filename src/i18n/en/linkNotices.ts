// The words for a link that could not be followed as written (loaded with the notices).

import type { LinkNotice } from '../../link/format';
import { plural } from '../plural';

const version = (v: string) => /\d+/.exec(v)?.[0] ?? '?';

export const linkNotices = {
  linkProblem: (fallback: string) =>
    `This link could not be followed as written, so "${fallback}" opens from the start:`,
  notice: (n: LinkNotice): string => {
    switch (n.code) {
      case 'bad-scenario':
        return `"${n.value}" is not a scenario id.`;
      case 'bad-step':
        return `"${n.value}" is not a step number.`;
      case 'bad-lang':
        return `"${n.value}" is not a language (use en or zh).`;
      case 'bad-theme':
        return `"${n.value}" is not a theme (use light or dark).`;
      case 'bad-panels':
        return `"${n.value}" names unknown panels (use el, narration, bits, routing, redirect, address).`;
      case 'bad-payload':
        return 'The compressed part of the link (s=…) is damaged or cut short, so its what-ifs cannot be read.';
      case 'future-version':
        return `The link was made by a newer VHE Lab (link format ${version(n.value)}); this version cannot read its what-ifs.`;
      case 'era-mapped':
        return `This link was made when the Linux boot steps named a kernel era; they now play on a release (${n.value}).`;
      case 'bad-override':
        return 'Some what-if bits in the link are not valid and were left out.';
    }
  },
  badCustom: (n: number) =>
    `The custom scenario in the link is not a valid scenario (${plural('en', n, { one: '# problem', other: '# problems' })}).`,
};
