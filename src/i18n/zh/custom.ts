// Custom scenario strings the first view needs: the Open button, the picker group and what
// storage could not keep. The dialog's own strings are in dialogStrings.ts (loaded with it).

import type { StorageProblem } from '../../custom/storage';
import type * as en from '../en/custom';
import type { Shape } from '../shape';

export const custom = {
  open: '打开场景',
  yours: '我的场景',
  dismiss: '知道了',
  problem: (p: StorageProblem): string => {
    switch (p.kind) {
      case 'unavailable':
        return '此浏览器不允许 VHE Lab 保存数据（存储已关闭），自定义场景只在页面关闭前有效。';
      case 'full':
        return `浏览器存储已满：“${p.name}”现在可以播放，但重新加载后不会保留。`;
      case 'corrupt':
        return p.movedTo
          ? `一个已保存的自定义场景（${p.what}）已损坏，因此没有加载。它已被移到 ${p.movedTo}。`
          : `一个已保存的自定义场景（${p.what}）已损坏，因此没有加载（也无法把它移到别处）。`;
      case 'future':
        return `已保存的自定义场景由更新版本的 VHE Lab 写入（格式 ${p.version}），因此没有加载${p.movedTo ? `；它们已被移到 ${p.movedTo}` : ''}。`;
    }
  },
} satisfies Shape<typeof en.custom>;
