/**
 * Large distributions for the discrete tests and the metrics bench: w_i = 1 + (i * multiplier
 * mod modulus), divided by their (exact, integer) total. Python builds the same doubles for the
 * reference values: [w / sum(w) for w in (1 + (i * m) % k for i in range(n))].
 */
export function generatedDistribution(
  n: number,
  multiplier: number,
  modulus: number,
): Float64Array {
  const w = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    w[i] = 1 + ((i * multiplier) % modulus);
    total += w[i]!;
  }
  for (let i = 0; i < n; i++) w[i] = w[i]! / total;
  return w;
}
