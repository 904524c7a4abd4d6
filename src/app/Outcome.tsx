// The worker's answer and its "because" chain.
import type { Answer, ExceptionKind } from './useRules';

export function Outcome({ kind, answer, error }: { kind: ExceptionKind; answer: Answer | null; error: string | null }) {
  return (
    <section className="outcome" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">Outcome</h2>
      <div aria-live="polite">
        {error ? (
          <p className="error">The rules could not answer: {error}</p>
        ) : !answer ? (
          <p className="muted">Asking the rules worker…</p>
        ) : (
          <>
            <table className="facts" aria-label="Decision">
              <tbody>
                <tr>
                  <th scope="row">Exception</th>
                  <td>{kind}</td>
                </tr>
                <tr>
                  <th scope="row">Target EL</th>
                  <td>
                    <span className="target">EL{answer.decision.result.targetEL}</span>
                  </td>
                </tr>
                <tr>
                  <th scope="row">Status</th>
                  <td>{statusText(answer)}</td>
                </tr>
              </tbody>
            </table>
            <h3 id="because-heading">Because</h3>
            <ol className="because" aria-labelledby="because-heading">
              {answer.decision.because.map((b, i) => (
                // Rule ids can repeat in a chain; the position keeps keys unique and stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: the chain is replaced whole
                <li key={`${i}-${b.rule}`}>
                  <code className="rule">{b.rule}</code>
                  <span className="source">{b.source}</span>
                  <span className="detail">{b.detail}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}

function statusText(answer: Answer): string {
  if (answer.kind === 'interrupt') {
    return answer.decision.result.taken ? 'Taken' : 'Pending (not taken now)';
  }
  return answer.decision.result.undefinedInstruction ? 'UNDEFINED instruction' : 'Taken (synchronous)';
}
