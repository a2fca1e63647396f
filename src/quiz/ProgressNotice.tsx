import { useProgress } from '../store/progress';
import type { StorageProblem } from '../store/safe-storage';

const messages: Record<StorageProblem, string> = {
  corrupt: 'Your saved progress could not be read, so it starts fresh on this page.',
  newer: 'Your progress was saved by a newer version of this site, so it starts fresh here.',
  unavailable:
    'This browser is not letting the site save data, so your progress lasts only until you close this page.',
};

/** A `?seed=` that is not one: said without naming the seed, which is for instructors. */
const seedIgnoredMessage =
  'This link asked for a set of question numbers it could not read, so you see your own numbers.';

/**
 * Tells the student when stored progress was unusable or cannot be saved, and when the link's
 * choice of question numbers was ignored.
 */
export function ProgressNotice() {
  const problem = useProgress((s) => s.problem);
  const seedIgnored = useProgress((s) => s.seedIgnored);
  const text = [problem ? messages[problem] : '', seedIgnored ? seedIgnoredMessage : '']
    .filter(Boolean)
    .join(' ');
  return (
    <p role="status" className="progress-notice" data-problem={problem ?? undefined}>
      {text}
    </p>
  );
}
