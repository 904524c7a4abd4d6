// Custom scenario strings: the dialog, its error frame, and what storage could not keep.
import type { StorageProblem } from './storage';

export const STRINGS = {
  en: {
    open: 'Open scenario',
    title: 'Open a scenario',
    intro:
      'Choose a scenario file (.json), drop one onto this dialog, or paste its JSON below. It is checked against the scenario format before it plays.',
    file: 'Scenario file',
    paste: 'Scenario JSON',
    placeholder: '{ "format": 1, "id": "my-scenario", … }',
    drop: 'Drop the .json file to open it',
    check: 'Check and open',
    close: 'Close',
    problems: (n: number) => (n === 1 ? 'This scenario has 1 problem:' : `This scenario has ${n} problems:`),
    notJson: (line: number, col: number, pos: number) =>
      `This is not valid JSON: line ${line}, column ${col} (character ${pos}).`,
    notJsonAnywhere: 'This is not valid JSON.',
    showInText: 'Show in the text',
    tooBig: (kb: number) => `The file is ${kb} KB; scenarios are at most 1000 KB.`,
    readFailed: (why: string) => `The file could not be read: ${why}`,
    saved: 'Saved on this device',
    noneSaved: 'No scenarios saved yet.',
    play: 'Open',
    remove: 'Remove',
    removeLabel: (title: string) => `Remove ${title}`,
    playLabel: (title: string) => `Open ${title}`,
    opened: (title: string) => `Opened “${title}”.`,
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
    title: '打开场景',
    intro: '选择一个场景文件（.json），把文件拖到此对话框上，或在下面粘贴它的 JSON。播放之前会先按场景格式检查。',
    file: '场景文件',
    paste: '场景 JSON',
    placeholder: '{ "format": 1, "id": "my-scenario", … }',
    drop: '松开鼠标即可打开这个 .json 文件',
    check: '检查并打开',
    close: '关闭',
    problems: (n: number) => `这个场景有 ${n} 处问题：`,
    notJson: (line: number, col: number, pos: number) =>
      `这不是有效的 JSON：第 ${line} 行，第 ${col} 列（第 ${pos} 个字符）。`,
    notJsonAnywhere: '这不是有效的 JSON。',
    showInText: '在文本中定位',
    tooBig: (kb: number) => `文件大小为 ${kb} KB；场景文件最大 1000 KB。`,
    readFailed: (why: string) => `无法读取该文件：${why}`,
    saved: '保存在本设备上的场景',
    noneSaved: '还没有保存的场景。',
    play: '打开',
    remove: '删除',
    removeLabel: (title: string) => `删除 ${title}`,
    playLabel: (title: string) => `打开 ${title}`,
    opened: (title: string) => `已打开“${title}”。`,
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
