// The Open scenario dialog's strings (loaded with the dialog, not in the first chunk).
import type * as en from '../en/openDialog';
import type { Shape } from '../shape';

export const openDialog = {
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
} satisfies Shape<typeof en.openDialog>;
