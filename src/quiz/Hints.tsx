import { useState } from 'react';

/** Hints shown one at a time, each on request. */
export function Hints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <div className="quiz-hints">
      {shown > 0 ? (
        <ol className="quiz-hint-list">
          {hints.slice(0, shown).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ol>
      ) : null}
      {shown < hints.length ? (
        <button type="button" className="quiz-secondary" onClick={() => setShown(shown + 1)}>
          {shown === 0 ? 'Show a hint' : 'Show another hint'} ({shown + 1} of {hints.length})
        </button>
      ) : null}
    </div>
  );
}
