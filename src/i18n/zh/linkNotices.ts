// 无法按原样打开的链接的提示（随提示一起加载）。
import type { LinkNotice } from '../../link/format';
import type * as en from '../en/linkNotices';
import type { Shape } from '../shape';

const version = (v: string) => /\d+/.exec(v)?.[0] ?? '?';

export const linkNotices = {
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
      case 'era-mapped':
        return `这个链接生成时，Linux 启动步骤用的是内核“时代”；现在改为按具体版本运行（${n.value}）。`;
      case 'bad-override':
        return '链接中有些假设修改的位无效，已被忽略。';
    }
  },
  badCustom: (n: number) => `链接中的自定义场景无效（${n} 个问题）。`,
} satisfies Shape<typeof en.linkNotices>;
