import {
  descentPath as metricsDescentPath,
  type Gaussian,
  type GaussianBounds,
} from '../../metrics';
import { MU_RANGE, SIGMA_RANGE } from './state';

// What the widget's buttons animate: a chunk of its own, loaded at the first press (actions.ts).

/** Descents stay on the sliders' ranges, so Q never leaves what the controls can show. */
const sliderBounds: GaussianBounds = { mu: MU_RANGE, sigma: SIGMA_RANGE };

/** The points "Descend" moves Q through, within the sliders' ranges. */
export function descentPath(f: (q: Gaussian) => number, from: Gaussian) {
  return metricsDescentPath(f, from, sliderBounds);
}

/** Students who ask for less motion get the end state at once. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const DURATION_MS = 700;
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Glides Q from `from` to `to` (in mean and log sd, so widths change evenly), calling `onFrame`
 * each animation frame and `onDone` once at the end. Returns a cancel function.
 */
export function tweenQ(
  from: Gaussian,
  to: Gaussian,
  onFrame: (q: Gaussian) => void,
  onDone: () => void,
): () => void {
  if (prefersReducedMotion()) {
    onFrame(to);
    onDone();
    return () => {};
  }
  let frame = 0;
  let start: number | undefined;
  const logFrom = Math.log(from.sigma);
  const logTo = Math.log(to.sigma);
  const tick = (time: number) => {
    start ??= time;
    const t = Math.min(1, (time - start) / DURATION_MS);
    const e = ease(t);
    if (t < 1) {
      onFrame({
        mu: from.mu + (to.mu - from.mu) * e,
        sigma: Math.exp(logFrom + (logTo - logFrom) * e),
      });
      frame = requestAnimationFrame(tick);
    } else {
      // The exact target, not the last eased value, so sliders read the optimum itself.
      onFrame(to);
      onDone();
    }
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}

/**
 * Gradient descent on `f` from `from`, one step per animation frame so students see the path,
 * or all at once with reduced motion. `onDone` gets the number of steps taken.
 */
export function descend(
  f: (q: Gaussian) => number,
  from: Gaussian,
  onFrame: (q: Gaussian) => void,
  onDone: (steps: number) => void,
): () => void {
  const path = descentPath(f, from);
  let steps = 0;
  if (prefersReducedMotion()) {
    let q = from;
    for (const point of path) {
      q = point;
      steps++;
    }
    onFrame(q);
    onDone(steps);
    return () => {};
  }
  let frame = 0;
  const tick = () => {
    const next = path.next();
    if (next.done) {
      onDone(steps);
      return;
    }
    steps++;
    onFrame(next.value);
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
