import type { Gaussian } from '../metrics';

/**
 * Seeded variants: the same seed always draws the same question, so `?seed=N` shows an
 * instructor exactly what a student saw.
 */

/** mulberry32 (Tommy Ettinger's public-domain generator): small, fast, good enough for quizzes. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, so each question gets its own stream from one student seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The generator for one question of one student. */
export function questionRandom(studentSeed: number, questionKey: string): () => number {
  return seededRandom((studentSeed ^ hashString(questionKey)) >>> 0);
}

/**
 * A distribution on `n` outcomes whose probabilities are positive multiples of `step` (0.05 by
 * default), so students can do the arithmetic: cut 1/step units at n-1 distinct places.
 */
export function drawDistribution(random: () => number, n: number, step = 0.05): number[] {
  const units = Math.round(1 / step);
  if (!Number.isInteger(n) || n < 2 || n > units) {
    throw new RangeError(`drawDistribution: n must be an integer from 2 to ${units}, got ${n}`);
  }
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(1 + Math.floor(random() * (units - 1)));
  const sorted = [0, ...[...cuts].sort((a, b) => a - b), units];
  // Rounded to the step's decimals so 0.15000000000000002 reads as 0.15.
  return sorted.slice(1).map((cut, i) => Number(((cut - sorted[i]!) * step).toFixed(6)));
}

/** A seeded question's own P (and Q, for cross-entropy and KL) on `n` outcomes. */
export function drawVariant(
  random: () => number,
  withQ: boolean,
  n: number,
): { p: number[]; q?: number[] } {
  const p = drawDistribution(random, n);
  return withQ ? { p, q: drawDistribution(random, n) } : { p };
}

/** A seeded joint table of `rows` x `cols` cells, each a positive multiple of 0.05. */
export function drawJoint(random: () => number, rows: number, cols: number): number[][] {
  const cells = drawDistribution(random, rows * cols);
  return Array.from({ length: rows }, (_, i) => cells.slice(i * cols, (i + 1) * cols));
}

/** Seeded class counts for the children of a split: 1 to `most` samples of every class each. */
export function drawCounts(
  random: () => number,
  children: number,
  classes: number,
  most = 6,
): number[][] {
  return Array.from({ length: children }, () =>
    Array.from({ length: classes }, () => 1 + Math.floor(random() * most)),
  );
}

/** A multiple of 0.5 from `min` to `max`, drawn evenly. */
const halfStep = (random: () => number, min: number, max: number) =>
  min + 0.5 * Math.floor(random() * (2 * (max - min) + 1));

/**
 * Two different Gaussians for a closed-form KL question: means from -2 to 2 and standard
 * deviations from 0.5 to 2.5, in steps of 0.5, so the arithmetic stays short and the KL
 * explorer's sliders (steps 0.05 and 0.01) can be set to them exactly.
 */
export function drawGaussians(random: () => number): { p: Gaussian; q: Gaussian } {
  const draw = () => ({ mu: halfStep(random, -2, 2), sigma: halfStep(random, 0.5, 2.5) });
  const p = draw();
  let q = draw();
  while (q.mu === p.mu && q.sigma === p.sigma) q = draw();
  return { p, q };
}
