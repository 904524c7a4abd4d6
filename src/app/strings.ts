// The shell's words for share links, embedding and link notices (en + zh). The older shell
// strings live in src/i18n/ui.ts.
import type { LinkNotice } from '../link/format';
import type { Lang } from '../store/ui';

const version = (v: string) => /\d+/.exec(v)?.[0] ?? '?';

export const SHELL = {
  en: {
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyFailed: 'Could not copy: select the link and copy it yourself.',
    linkField: 'Link to this view',
    embed: 'Embed',
    openInLab: 'Open in VHE Lab',
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
        case 'bad-override':
          return 'Some what-if bits in the link are not valid and were left out.';
        case 'era-mapped':
          return `This link was made when the Linux boot steps named a kernel era; they now play on a release (${n.value}).`;
      }
    },
    badCustom: (n: number) => `The custom scenario in the link is not a valid scenario (${n} problems).`,
  },
  zh: {
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    copyFailed: '无法复制：请选中链接后自行复制。',
    linkField: '当前视图的链接',
    embed: '嵌入',
    openInLab: '在 VHE Lab 中打开',
    linkProblem: (fallback: string) => `无法按原样打开这个链接，因此从头打开“${fallback}”：`,
    notice: (n: LinkNotice): string => {
      switch (n.code) {
        case 'bad-scenario':
          return `“${n.value}”不是有效的场景 ID。`;
        case 'bad-step':
          return `“${n.value}”不是有效的步骤编号。`;
        case 'bad-lang':
          return `“${n.value}”不是支持的语言（请用 en 或 zh）。`;
        case 'bad-theme':
          return `“${n.value}”不是支持的主题（请用 light 或 dark）。`;
        case 'bad-panels':
          return `“${n.value}”包含未知的面板（可用 el、narration、bits、routing、redirect、address）。`;
        case 'bad-payload':
          return '链接中的压缩部分（s=…）已损坏或被截断，无法读取其中的假设修改。';
        case 'future-version':
          return `这个链接由更新版本的 VHE Lab 生成（链接格式 ${version(n.value)}），当前版本无法读取其中的假设修改。`;
        case 'bad-override':
          return '链接中有些假设修改的位无效，已被忽略。';
        case 'era-mapped':
          return `这个链接生成时，Linux 启动步骤用的是内核“时代”；现在改为按具体版本运行（${n.value}）。`;
      }
    },
    badCustom: (n: number) => `链接中的自定义场景无效（${n} 个问题）。`,
  },
} satisfies Record<Lang, unknown>;
