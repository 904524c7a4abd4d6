// The script the engines' static server loads before the app (see server.ts). WebDriver
// classic reports no console messages, so the page records its own errors: uncaught ones,
// rejected promises, console.error, failed resources and CSP violations, in sessionStorage so
// a reload keeps them. The suite reads and clears them after each test.
export const CAPTURE_KEY = '__engines_errors';

export const CAPTURE_SCRIPT = `(() => {
  const KEY = ${JSON.stringify(CAPTURE_KEY)};
  const add = (what) => {
    try {
      const all = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      all.push(String(what).slice(0, 500));
      sessionStorage.setItem(KEY, JSON.stringify(all));
    } catch {}
  };
  addEventListener('error', (e) => {
    if (e.target && e.target !== window) add('failed to load ' + (e.target.src || e.target.href || e.target.tagName));
    else add('uncaught: ' + (e.error && e.error.stack ? e.error.stack : e.message));
  }, true);
  addEventListener('unhandledrejection', (e) => add('unhandled rejection: ' + (e.reason && e.reason.stack ? e.reason.stack : e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => add('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
  const error = console.error.bind(console);
  console.error = (...args) => {
    add('console.error: ' + args.map((a) => (a && a.stack) || String(a)).join(' '));
    error(...args);
  };
})();
`;
