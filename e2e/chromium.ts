// Debian's Chromium: Playwright cannot download its own browsers on these machines.
// The flags keep Chromium from reaching for the network, which is closed here.
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
