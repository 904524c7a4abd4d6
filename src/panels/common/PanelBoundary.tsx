// One panel failing must not blank the page: the boundary shows what broke, in place, and
// the rest of the lesson keeps working. The next scenario or step gives the panel a new try.
import { Component, type ReactNode } from 'react';
import { messages, useLang } from '../../i18n';
import { useWorld } from '../../store/world';

interface Props {
  /** The panel's name, in the UI language. */
  name: string;
  /** Changing this (scenario id + step) retries a failed panel. */
  resetKey: string;
  children: ReactNode;
}
interface State {
  error: string | null;
  key: string;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { key: props.resetKey, error: null } : null;
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <PanelFailed name={this.props.name} message={this.state.error} />;
  }
}

function PanelFailed({ name, message }: { name: string; message: string }) {
  const lang = useLang((s) => s.lang);
  return (
    <section className="panel panel-failed" aria-label={name}>
      <h2 className="panel-title">{name}</h2>
      <p role="alert">{messages(lang).ui.panelFailed(message)}</p>
    </section>
  );
}

/**
 * A PanelBoundary retried at each scenario, step and what-if. It hears the step itself, so
 * the component around it does not: given the same `children` element, a step re-renders
 * this boundary and not the panel, which re-renders only for what it draws.
 */
export function StepBoundary({ name, children }: { name: string; children: ReactNode }) {
  const reset = useWorld((s) => `${s.scenario?.id ?? ''}:${s.step}:${s.overrides.length}`);
  return (
    <PanelBoundary name={name} resetKey={reset}>
      {children}
    </PanelBoundary>
  );
}
