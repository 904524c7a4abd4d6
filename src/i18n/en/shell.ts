// The shell's words for share links, embedding and link notices (en + zh). The older shell
// strings live in src/i18n/ui.ts.

export const shell = {
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy: select the link and copy it yourself.',
  linkField: 'Link to this view',
  embed: 'Embed',
  openInLab: 'Open in VHE Lab',
  /** The update offer (UpdateNotice). */
  updateReady: 'A new version of VHE Lab is ready. This page keeps working as it is until you reload.',
  updateReload: 'Reload to update',
  /** The embed's flow switcher (a small frame shows one flow at a time). */
  flowShown: 'Flow shown',
};
