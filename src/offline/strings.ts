// The words of the update offer (UpdateNotice), en + zh.
export const UPDATE = {
  en: {
    ready: 'A new version of VHE Lab is ready. This page keeps working as it is until you reload.',
    reload: 'Reload to update',
  },
  zh: {
    ready: 'VHE Lab 有新版本。在重新加载之前，本页面照常可用。',
    reload: '重新加载以更新',
  },
} as const;
