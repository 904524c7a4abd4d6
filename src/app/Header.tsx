// The page's top bar: the product, the scenario picker, language, theme and large text.
import { useId } from 'react';
import { scenarioTitle, UI } from '../i18n/ui';
import { CATALOGUE, openScenario, useScenarios } from '../store/scenarios';
import { type Lang, useUi } from '../store/ui';

const LANGS: readonly { id: Lang; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'zh', name: '简体中文' },
];

export function Header() {
  const lang = useUi((s) => s.lang);
  const theme = useUi((s) => s.theme);
  const largeText = useUi((s) => s.largeText);
  const { setLang, setTheme, setLargeText } = useUi.getState();
  const selected = useScenarios((s) => s.selected);
  const t = UI[lang];
  const pickerId = useId();

  return (
    <header className="app-header">
      <div className="brand">
        <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect x="3" y="3" width="26" height="7" rx="2" className="logo-el0" />
          <rect x="3" y="12.5" width="26" height="7" rx="2" className="logo-el1" />
          <rect x="3" y="22" width="26" height="7" rx="2" className="logo-el2" />
        </svg>
        <div>
          <h1>{t.product}</h1>
          <p className="tagline">{t.tagline}</p>
        </div>
      </div>
      <div className="settings">
        <div className="picker">
          <label htmlFor={pickerId}>{t.scenario}</label>
          <select id={pickerId} value={selected} onChange={(e) => void openScenario(e.target.value)}>
            {CATALOGUE.map((id) => (
              <option key={id} value={id}>
                {scenarioTitle(id, lang)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="segmented" aria-label={t.language}>
          {LANGS.map((l) => (
            <button
              key={l.id}
              type="button"
              lang={l.id === 'zh' ? 'zh-Hans' : 'en'}
              aria-pressed={lang === l.id}
              onClick={() => setLang(l.id)}
            >
              {l.name}
            </button>
          ))}
        </fieldset>
        <button
          type="button"
          className="toggle"
          aria-pressed={theme === 'dark'}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          <span aria-hidden="true" className="icon">
            {theme === 'dark' ? '☾' : '☀'}
          </span>
          <span className="label">{t.darkTheme}</span>
        </button>
        <button type="button" className="toggle" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
          <span aria-hidden="true" className="icon">
            A⁺
          </span>
          <span className="label">{t.largeText}</span>
        </button>
      </div>
    </header>
  );
}
