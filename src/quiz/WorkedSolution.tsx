import { useKatex } from '../widgets/shared/useKatex';

/**
 * A worked solution typeset by KaTeX, which loads lazily: until it arrives the TeX source is
 * shown as text, which still carries every number.
 */
export function WorkedSolution({ tex, note }: { tex: string; note?: string }) {
  const katex = useKatex();
  return (
    <div className="quiz-solution">
      <p className="quiz-solution-title">Worked solution</p>
      {katex ? (
        <div
          className="quiz-solution-math"
          // Focusable so keyboard users can scroll a long formula, like the lessons' own.
          tabIndex={0}
          role="group"
          aria-label="Worked solution"
          // KaTeX output from our own TeX (numbers we formatted), never from student input.
          dangerouslySetInnerHTML={{
            __html: katex.renderToString(tex, { displayMode: true, throwOnError: false }),
          }}
        />
      ) : (
        <pre className="quiz-solution-math">{tex}</pre>
      )}
      {note ? <p>{note}</p> : null}
    </div>
  );
}
