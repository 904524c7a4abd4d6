// The shortcuts help's words (loaded with the dialog): each action's name, by registry id
// (src/store/actions.ts: ShortcutsHelp checks that every id has one), in groups.

export const shortcuts = {
  title: 'Keyboard shortcuts',
  intro:
    'Keys work anywhere on the page except in text fields, menus and dialogs. Space on a focused button presses that button.',
  groups: { lesson: 'The lesson', view: 'The view', share: 'Share and tools' },
  actions: {
    next: 'Next step',
    previous: 'Previous step',
    play: 'Play or pause',
    first: 'First step',
    last: 'Last step',
    restart: 'Restart',
    language: 'English / 简体中文',
    theme: 'Dark or light theme',
    largeText: 'Large text',
    presenter: 'Presenter mode (Escape leaves)',
    predict: 'Predict mode',
    copyLink: 'Copy link',
    embed: 'Embed in a slide',
    export: 'Export the picture',
    open: 'Open a scenario or trace file',
    help: 'This help',
  },
  wings: 'Side panel tabs',
  characterKeys: 'Single-key shortcuts (letters, digits, ?)',
  characterKeysHelp:
    'Turn them off if you use a screen reader or speech input; the arrows, Page Up/Down, Home, End and Space still work.',
  or: 'or',
  close: 'Close',
};
