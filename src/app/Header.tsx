// The page's top bar: the product, the scenario picker, language, theme and large text.
import { useId } from 'react';
import { CustomOptions, openCustom } from '../custom';
import { TraceSampleOption } from '../custom/TraceSampleOption';
import { openTraceSample, TRACE_SAMPLE_ID } from '../custom/traceSample';
import { scenarioTitle, UI } from '../i18n/ui';
import { CATALOGUE, openCustomScenario, openScenario, useScenarios } from '../store/scenarios';
import { type Lang, useUi } from '../store/ui';
import { CopyLink } from './CopyLink';
import { EmbedTool } from './EmbedTool';
import { Toolbar } from './Toolbar';

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
  const custom = useScenarios((s) => s.custom);
  const t = UI[lang];
  // The custom scenario playing (from a link or a file) stays in the picker to come back to;
  // the others kept on this device are listed by src/custom.
  const pick = (id: string) => {
    if (custom && id === custom.id) void openCustomScenario(custom);
    else if (CATALOGUE.includes(id)) void openScenario(id);
    else if (id === TRACE_SAMPLE_ID) void openTraceSample();
    else void openCustom(id);
  };
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
          <select id={pickerId} value={selected} onChange={(e) => pick(e.target.value)}>
            {CATALOGUE.map((id) => (
              <option key={id} value={id}>
                {scenarioTitle(id, lang)}
              </option>
            ))}
            <TraceSampleOption />
            {custom && !CATALOGUE.includes(custom.id) && <option value={custom.id}>{custom.title[lang]}</option>}
            <CustomOptions />
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
        <CopyLink />
        <EmbedTool />
        <Toolbar />
      </div>
    </header>
  );
}
