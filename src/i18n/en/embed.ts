// The Embed dialog's own words and sizes (loaded with the dialog, not in the first chunk).

export const embed = {
  embedTitle: 'Embed in a slide or a web page',
  embedHelp:
    'Paste this into your slides or course page. The embedded view opens at the current scenario, step and what-ifs; click in it, then use ← → or Space to present.',
  panels: 'Panels to show',
  size: 'Size',
  snippet: 'HTML to paste',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
};
