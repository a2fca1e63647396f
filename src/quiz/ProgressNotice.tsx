import { useProgress } from '../store/progress';
import type { StorageProblem } from '../store/safe-storage';

const messages: Record<StorageProblem, string> = {
  corrupt: 'Your saved progress could not be read, so it starts fresh on this page.',
  newer: 'Your progress was saved by a newer version of this site, so it starts fresh here.',
  unavailable:
    'This browser is not letting the site save data, so your progress lasts only until you close this page.',
};

/** Tells the student when stored progress was unusable or cannot be saved. */
export function ProgressNotice() {
  const problem = useProgress((s) => s.problem);
  return (
    <p role="status" className="progress-notice" data-problem={problem ?? undefined}>
      {problem ? messages[problem] : ''}
    </p>
  );
}
