// The words of the shell's last-resort error page (AppBoundary), en + zh. Kept apart from
// src/i18n on purpose: this page must draw when anything else failed, Chinese not loaded included.
export const APP_FAILED = {
  en: {
    title: 'VHE Lab stopped working',
    body: 'Something in this page failed. Your lesson is in the address bar: reload to continue where you were, or start over.',
    retry: 'Try again',
    reload: 'Reload',
    startOver: 'Start over',
    details: 'What failed',
  },
  zh: {
    title: 'VHE Lab 出错了',
    body: '页面中的某个部分出错。课程进度保存在地址栏中：重新加载即可从原处继续，也可以从头开始。',
    retry: '重试',
    reload: '重新加载',
    startOver: '从头开始',
    details: '错误详情',
  },
} as const;
