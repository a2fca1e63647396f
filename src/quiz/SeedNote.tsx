/**
 * Tells a student that a seeded question's numbers are theirs. The seed itself is for
 * instructors (?seed=N in the URL shows a student's variant), kept in `data-seed`.
 */
export function SeedNote({ seeded, seed }: { seeded: boolean; seed: number | null }) {
  if (!seeded || seed === null) return null;
  return (
    <p className="quiz-seed" data-variant="" data-seed={seed}>
      Your own numbers: nobody else has quite these.
    </p>
  );
}
