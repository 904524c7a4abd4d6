// The few lines index.html runs right after the prerendered stage (scripts/prerender-plugin.ts),
// before the first paint: the prerender is the default lesson's step 0 in English, as a first
// visit sees it. Whenever this visit will show something else (another lesson or step, Chinese,
// an embed, large text, a what-if link...), the picture is dropped, so the reader never sees
// it flash; the app then draws as it always did. It also applies the theme now, not after the
// app's code has run, and says so if that code fails to load. An inline script: the page's
// CSP allows it by its hash (csp-plugin.ts).

/** The reader's settings in localStorage (src/store/prefs.ts PREFS_KEY; a unit test checks they agree). */
const PREFS_KEY = 'vhe-lab:prefs';

/** Shown only over the English picture, so in English. */
const LOAD_FAILED =
  "VHE Lab's code did not load, so this picture of the first lesson does not respond. Check the connection and reload the page.";

export const GATE_SCRIPT = `(function () {
  var root = document.getElementById('root');
  if (!root) return;
  var keep = !!root.getAttribute('data-prerender');
  try {
    var prefs = {};
    try { prefs = JSON.parse(localStorage.getItem('${PREFS_KEY}') || '{}') || {}; } catch (e) {}
    var query = new URLSearchParams(location.search);
    var lang = null, theme = null;
    query.forEach(function (value, key) {
      if (key === 'scenario' && value === root.getAttribute('data-prerender')) return;
      if (key === 'step' && value === '0') return;
      if (key === 'lang' && (value === 'en' || value === 'zh')) { lang = value; return; }
      if (key === 'theme' && (value === 'light' || value === 'dark')) { theme = value; return; }
      keep = false;
    });
    var keptLang = prefs.lang === 'en' || prefs.lang === 'zh' ? prefs.lang : null;
    var keptTheme = prefs.theme === 'light' || prefs.theme === 'dark' ? prefs.theme : null;
    lang = lang || keptLang || (/^zh\\b/i.test(navigator.language) ? 'zh' : 'en');
    theme = theme || keptTheme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    if (lang !== 'en' || prefs.largeText === true) keep = false;
    document.documentElement.setAttribute('data-theme', theme);
  } catch (e) {
    keep = false;
  }
  if (!keep) {
    root.textContent = '';
    root.removeAttribute('inert');
    root.removeAttribute('data-prerender');
    return;
  }
  // The picture must not pass for the lab when the lab's code cannot load (offline, a broken
  // deploy): say so above it.
  var told = false;
  addEventListener('error', function (e) {
    var failed = e.target;
    if (told || !failed || failed.tagName !== 'SCRIPT' || !root.hasAttribute('data-prerender')) return;
    told = true;
    var note = document.createElement('p');
    note.className = 'notice error';
    note.setAttribute('role', 'alert');
    note.textContent = ${JSON.stringify(LOAD_FAILED)};
    root.parentNode.insertBefore(note, root);
  }, true);
})();`;
