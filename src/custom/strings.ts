// Custom scenario strings the first view needs: the Open button, the picker group and what
// storage could not keep. The dialog's own strings are in dialogStrings.ts (loaded with it).
import type { StorageProblem } from './storage';

export const STRINGS = {
  en: {
    open: 'Open scenario',
    yours: 'Your scenarios',
    dismiss: 'Dismiss',
    problem: (p: StorageProblem): string => {
      switch (p.kind) {
        case 'unavailable':
          return 'This browser does not let VHE Lab keep data (storage is turned off), so custom scenarios last only until the page is closed.';
        case 'full':
          return `The browser storage is full, so “${p.name}” plays now but will not be kept after a reload.`;
        case 'corrupt':
          return p.movedTo
            ? `A saved custom scenario (${p.what}) was damaged, so it was not loaded. It was set aside as ${p.movedTo}.`
            : `A saved custom scenario (${p.what}) was damaged, so it was not loaded (it could not be set aside).`;
        case 'future':
          return `The saved custom scenarios were written by a newer VHE Lab (format ${p.version}), so they were not loaded${p.movedTo ? `; they were set aside as ${p.movedTo}` : ''}.`;
      }
    },
  },
  zh: {
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
  },
};
