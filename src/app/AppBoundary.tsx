// The last line of defence above the whole shell: whatever fails while rendering (or in an
// effect) shows a message and a way back, never a blank page. Panels have their own
// boundaries (PanelBoundary); this one catches what breaks the shell itself.
import { Component, type ReactNode } from 'react';
import { useUi } from '../store/ui';
import { APP_FAILED } from './appFailedStrings';

interface State {
  error: string | null;
}

export class AppBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <AppFailed message={this.state.error} retry={() => this.setState({ error: null })} />;
  }
}

function AppFailed({ message, retry }: { message: string; retry: () => void }) {
  // The store may be what broke: read it once, defensively.
  let lang: 'en' | 'zh' = 'en';
  try {
    lang = useUi.getState().lang === 'zh' ? 'zh' : 'en';
  } catch {}
  const t = APP_FAILED[lang];
  return (
    <main className="app-failed" lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
      <h1>{t.title}</h1>
      <p role="alert">{t.body}</p>
      <div className="app-failed-actions">
        <button type="button" onClick={retry}>
          {t.retry}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
        <a href="./">{t.startOver}</a>
      </div>
      <details>
        <summary>{t.details}</summary>
        <pre>{message}</pre>
      </details>
    </main>
  );
}
