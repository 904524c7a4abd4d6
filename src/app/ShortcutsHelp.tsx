// The shortcuts help: every action of the registry (src/store/actions.ts) with its keys, read
// from the same table the keyboard handler uses, and the switch for single-key shortcuts
// (WCAG 2.1.4: a reader who types by speech or a screen reader can turn them off).
import { Fragment, type RefObject, useId } from 'react';
import { featureMessages, useLang } from '../i18n';
import { shortcuts } from '../i18n/en/shortcuts';
import { Modal } from '../panels/common/Modal';
import { ACTION_KEYS, type ActionId, isCharacterKey, useKeys } from '../store/actions';
import './shortcuts.css';

const GROUPS: Record<'lesson' | 'view' | 'share', readonly ActionId[]> = {
  lesson: ['next', 'previous', 'play', 'first', 'last', 'restart'],
  view: ['language', 'theme', 'largeText', 'presenter'],
  share: ['predict', 'copyLink', 'embed', 'export', 'open', 'help'],
};

/** How the help writes a key (ARIA has its own names: see ariaKeys). */
const SHOWN: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  ' ': 'Space',
};
const shown = (k: string) => SHOWN[k] ?? (k.length === 1 ? k.toUpperCase() : k);

/** Every action has a name in the help (a type error here when an id has none). */
type Names = Record<ActionId, string>;

function Keys({ keys, on, or }: { keys: readonly string[]; on: boolean; or: string }) {
  return (
    <>
      {keys.map((k, i) => (
        <Fragment key={k}>
          {i > 0 && ` ${or} `}
          <kbd className={!on && isCharacterKey(k) ? 'off' : undefined}>{shown(k)}</kbd>
        </Fragment>
      ))}
    </>
  );
}

export function ShortcutsHelp({
  open,
  opener,
  onClose,
}: {
  open: boolean;
  opener: RefObject<HTMLElement | null>;
  onClose(): void;
}) {
  const lang = useLang((s) => s.lang);
  const t = featureMessages(lang, 'shortcuts', shortcuts);
  const names: Names = t.actions;
  const on = useKeys((s) => s.characterKeys);
  const setOn = useKeys((s) => s.setCharacterKeys);
  const ids = { title: useId(), intro: useId(), setting: useId() };
  const characterOnly = (id: ActionId) => ACTION_KEYS[id].every(isCharacterKey);

  return (
    <Modal
      open={open}
      onClose={onClose}
      opener={opener}
      className="shortcuts-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
    >
      {/* First in the dialog, so the opening focus lands at the top (nothing scrolls away). */}
      <form method="dialog" className="head">
        <h2 id={ids.title}>{t.title}</h2>
        <button type="submit">{t.close}</button>
      </form>
      <p id={ids.intro} className="muted">
        {t.intro}
      </p>
      <div className="groups">
        {(Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((g) => (
          <section key={g} aria-label={t.groups[g]}>
            <h3>{t.groups[g]}</h3>
            <dl>
              {GROUPS[g].map((id) => (
                <Fragment key={id}>
                  <dt className={!on && characterOnly(id) ? 'off' : undefined}>
                    <Keys keys={ACTION_KEYS[id]} on={on} or={t.or} />
                  </dt>
                  <dd>{names[id]}</dd>
                </Fragment>
              ))}
              {g === 'view' && (
                <>
                  <dt className={on ? undefined : 'off'}>
                    <kbd>1</kbd>–<kbd>5</kbd>
                  </dt>
                  <dd>{t.wings}</dd>
                </>
              )}
            </dl>
          </section>
        ))}
      </div>
      <div className="setting">
        <input id={ids.setting} type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        <label htmlFor={ids.setting}>
          {t.characterKeys}
          <br />
          <span className="muted">{t.characterKeysHelp}</span>
        </label>
      </div>
    </Modal>
  );
}
