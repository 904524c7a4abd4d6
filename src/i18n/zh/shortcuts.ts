// 快捷键帮助（随对话框加载）。
import type { shortcuts as en } from '../en/shortcuts';

export const shortcuts: typeof en = {
  title: '键盘快捷键',
  intro: '除文本框、菜单和对话框外，页面任何位置都可使用这些按键。焦点在按钮上时，空格键按下该按钮。',
  groups: { lesson: '课程', view: '视图', share: '分享与工具' },
  actions: {
    next: '下一步',
    previous: '上一步',
    play: '播放或暂停',
    first: '第一步',
    last: '最后一步',
    restart: '重新开始',
    language: 'English / 简体中文',
    theme: '深色或浅色主题',
    largeText: '大字号',
    presenter: '演示模式（Escape 退出）',
    predict: '预测模式',
    copyLink: '复制链接',
    embed: '嵌入幻灯片',
    export: '导出图片',
    open: '打开场景或 trace 文件',
    help: '本帮助',
  },
  wings: '侧边面板标签页',
  characterKeys: '单键快捷键（字母、数字、?）',
  characterKeysHelp: '使用屏幕阅读器或语音输入时可关闭；方向键、Page Up/Down、Home、End 和空格键仍然可用。',
  or: '或',
  close: '关闭',
};
