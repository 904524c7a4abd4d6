// The page's top bar: the product, the scenario picker, language, theme and large text.
import { Suspense, useId } from 'react';
import { CustomOptions, customApi, useCustomDoor } from '../custom';
import { TraceSampleOption } from '../custom/TraceSampleOption';
import { openTraceSample, TRACE_SAMPLE_ID } from '../custom/traceSample';
import { EmbedTool } from '../embed/EmbedTool';
import { langTag, messages, scenarioTitle, useLang } from '../i18n';
import type { Lang } from '../i18n/lang';
import { Icon } from '../panels/common/icons';
import { PresenterButton } from '../panels/common/PresenterButton';
import { useRenderCount } from '../panels/common/renderCount';
import { useAction, useAriaKeys } from '../store/actions';
import { CATALOGUE, openScenario, useScenarios } from '../store/scenarios';
import { useUi } from '../store/ui';
import { CopyLink } from './CopyLink';
import { Toolbar } from './Toolbar';

const LANGS: readonly { id: Lang; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'zh', name: '简体中文' },
];

export function Header() {
  useRenderCount('Header');
  const lang = useLang((s) => s.lang);
  const theme = useUi((s) => s.theme);
  const largeText = useUi((s) => s.largeText);
  const { setLang, setTheme, setLargeText } = useUi.getState();
  const selected = useScenarios((s) => s.selected);
  const custom = useScenarios((s) => s.custom);
  const door = useCustomDoor((s) => s.open);
  const t = messages(lang).ui;
  // The custom scenario playing (from a link or a file) stays in the picker to come back to;
  // the others kept on this device are listed by src/custom.
  const pick = (id: string) => {
    if (custom && id === custom.id) void customApi().then((c) => c.openCustomScenario(custom));
    else if (CATALOGUE.includes(id)) void openScenario(id);
    else if (id === TRACE_SAMPLE_ID) void openTraceSample();
    else void customApi().then((c) => c.openCustom(id));
  };
  const pickerId = useId();
  const otherLang: Lang = lang === 'en' ? 'zh' : 'en';
  useAction('language', () => void setLang(otherLang));
  useAction('theme', () => setTheme(theme === 'dark' ? 'light' : 'dark'));
  useAction('largeText', () => setLargeText(!largeText));
  const keys = {
    language: useAriaKeys('language'),
    theme: useAriaKeys('theme'),
    largeText: useAriaKeys('largeText'),
  };

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
            {door && (
              <Suspense fallback={null}>
                <CustomOptions />
              </Suspense>
            )}
          </select>
        </div>
        <fieldset className="segmented" aria-label={t.language}>
          {LANGS.map((l) => (
            <button
              key={l.id}
              type="button"
              lang={langTag(l.id)}
              aria-pressed={lang === l.id}
              aria-keyshortcuts={l.id === otherLang ? keys.language : undefined}
              onClick={() => void setLang(l.id)}
            >
              {l.name}
            </button>
          ))}
        </fieldset>
        <button
          type="button"
          className="toggle"
          aria-pressed={theme === 'dark'}
          aria-keyshortcuts={keys.theme}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          <Icon name={theme === 'dark' ? 'moon' : 'sun'} />
          <span className="label">{t.darkTheme}</span>
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={largeText}
          aria-keyshortcuts={keys.largeText}
          onClick={() => setLargeText(!largeText)}
        >
          <Icon name="text" />
          <span className="label">{t.largeText}</span>
        </button>
        <CopyLink />
        <EmbedTool />
        <PresenterButton />
        <Toolbar />
      </div>
    </header>
  );
}
