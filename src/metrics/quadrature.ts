/**
 * Globally adaptive Gauss–Kronrod quadrature (the G7/K15 pair) for vector-valued integrands, after
 * QUADPACK's QAG (R. Piessens, E. de Doncker-Kapenga, C. Überhuber, D. Kahaner, "QUADPACK: A
 * Subroutine Package for Automatic Integration", Springer 1983; routines QK15 and QAGE): the panel
 * with the largest error estimate is bisected until the estimates meet the tolerance.
 *
 * Adaptive rather than fixed nodes because the integrands of the continuous KLs are smooth but can
 * turn sharply: where two narrow mixture components cross, log p(x) bends by hundreds per unit x
 * within a width of 1/1000. A fixed rule fine enough for that everywhere would cost 100x more on
 * the common easy cases; bisection spends nodes only where they are needed.
 */

// K15 abscissae on [-1, 1] (positive half, outermost first) and weights; the odd-index abscissae
// and the centre are the G7 nodes. QUADPACK's QK15 values, rounded to the nearest double.
const XGK = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945,
  0.5860872354676911, 0.4058451513773972, 0.20778495500789848, 0,
];
const WGK = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592,
  0.1690047266392679, 0.19035057806478542, 0.20443294007529889, 0.20948214108472782,
];
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

/** f(x, out) writes the integrand's components at x into out[0 .. dims - 1]. */
export type VectorIntegrand = (x: number, out: Float64Array) => void;

export interface QuadratureOptions {
  /** Number of integrand components. */
  dims: number;
  /** Error control covers components 0 .. controlled - 1; the rest ride along on the same panels. */
  controlled: number;
  /** Absolute error target for each controlled component. */
  absTol: number;
  /** Relative error target (against the integral of |f|) for each controlled component. */
  relTol: number;
  /** Hard cap on panels, so a pathological integrand costs bounded time. */
  maxPanels: number;
}

// Work space reused across calls (the module is synchronous, so calls never overlap): a drag that
// recomputes a KL at 240 Hz then allocates nothing per call here.
let lo = new Float64Array(0);
let hi = new Float64Array(0);
let value = new Float64Array(0);
let error = new Float64Array(0);
let magnitude = new Float64Array(0);
let fx = new Float64Array(0);
let f1 = new Float64Array(0);
let f2 = new Float64Array(0);

function reserve(panels: number, dims: number): void {
  if (panels <= lo.length && dims <= fx.length) return;
  const p = Math.max(panels, lo.length);
  const d = Math.max(dims, fx.length);
  lo = new Float64Array(p);
  hi = new Float64Array(p);
  value = new Float64Array(p * d);
  error = new Float64Array(p * d);
  magnitude = new Float64Array(p * d);
  fx = new Float64Array(d);
  f1 = new Float64Array(15 * d);
  f2 = new Float64Array(d);
}

/**
 * Applies K15 and G7 on panel k = [lo[k], hi[k]] and stores, per component, the K15 value, QUADPACK's
 * error estimate and the integral of |f| (used for the relative tolerance and the round-off floor).
 */
function applyRule(f: VectorIntegrand, k: number, dims: number): void {
  const a = lo[k]!;
  const b = hi[k]!;
  const centre = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  // f1 holds the 15 samples, component-minor: sample s of component d at f1[s * dims + d].
  f(centre, fx);
  for (let d = 0; d < dims; d++) f1[14 * dims + d] = fx[d]!;
  for (let j = 0; j < 7; j++) {
    const dx = half * XGK[j]!;
    f(centre - dx, fx);
    f(centre + dx, f2);
    for (let d = 0; d < dims; d++) {
      f1[2 * j * dims + d] = fx[d]!;
      f1[(2 * j + 1) * dims + d] = f2[d]!;
    }
  }
  for (let d = 0; d < dims; d++) {
    const fc = f1[14 * dims + d]!;
    let kronrod = WGK[7]! * fc;
    let gauss = WG[3]! * fc;
    let absolute = WGK[7]! * Math.abs(fc);
    for (let j = 0; j < 7; j++) {
      const left = f1[2 * j * dims + d]!;
      const right = f1[(2 * j + 1) * dims + d]!;
      kronrod += WGK[j]! * (left + right);
      absolute += WGK[j]! * (Math.abs(left) + Math.abs(right));
      if (j % 2 === 1) gauss += WG[(j - 1) / 2]! * (left + right);
    }
    // QUADPACK's estimate: |K15 - G7| badly overstates the K15 error for smooth integrands, so it is
    // rescaled by the integrand's mean deviation and raised to the power 3/2, and never allowed
    // below what round-off in the 15 samples can explain.
    const mean = kronrod / 2;
    let deviation = WGK[7]! * Math.abs(fc - mean);
    for (let j = 0; j < 7; j++) {
      deviation +=
        WGK[j]! *
        (Math.abs(f1[2 * j * dims + d]! - mean) + Math.abs(f1[(2 * j + 1) * dims + d]! - mean));
    }
    const scale = Math.abs(half);
    let err = Math.abs((kronrod - gauss) * scale);
    deviation *= scale;
    if (deviation !== 0 && err !== 0)
      err = deviation * Math.min(1, ((200 * err) / deviation) ** 1.5);
    err = Math.max(err, 50 * Number.EPSILON * absolute * scale);
    value[k * dims + d] = kronrod * scale;
    error[k * dims + d] = err;
    magnitude[k * dims + d] = absolute * scale;
  }
}

/**
 * Integrates f over [breaks[0], breaks[last]], starting from the panels between consecutive
 * breakpoints (put them where f bends or peaks) and writing the integrals to `result`.
 */
export function integrate(
  f: VectorIntegrand,
  breaks: ArrayLike<number>,
  options: QuadratureOptions,
  result: Float64Array,
): void {
  const { dims, controlled, absTol, relTol, maxPanels } = options;
  reserve(maxPanels, dims);
  let panels = 0;
  for (let i = 0; i + 1 < breaks.length; i++) {
    if (breaks[i + 1]! > breaks[i]!) {
      lo[panels] = breaks[i]!;
      hi[panels] = breaks[i + 1]!;
      applyRule(f, panels, dims);
      panels++;
    }
  }
  while (panels < maxPanels) {
    // Stop once every controlled component meets its tolerance; otherwise bisect the panel whose
    // error, measured in units of its component's tolerance, is largest.
    let worst = -1;
    let worstRatio = 0;
    let done = true;
    for (let d = 0; d < controlled; d++) {
      let totalError = 0;
      let totalMagnitude = 0;
      for (let k = 0; k < panels; k++) {
        totalError += error[k * dims + d]!;
        totalMagnitude += magnitude[k * dims + d]!;
      }
      const tol = Math.max(absTol, relTol * totalMagnitude);
      if (totalError > tol) done = false;
      for (let k = 0; k < panels; k++) {
        const ratio = error[k * dims + d]! / tol;
        if (ratio > worstRatio) {
          worstRatio = ratio;
          worst = k;
        }
      }
    }
    if (done || worst < 0) break;
    const mid = 0.5 * (lo[worst]! + hi[worst]!);
    // A panel too narrow to split in floating point cannot improve: mark it settled.
    if (!(mid > lo[worst]! && mid < hi[worst]!)) {
      for (let d = 0; d < dims; d++) error[worst * dims + d] = 0;
      continue;
    }
    lo[panels] = mid;
    hi[panels] = hi[worst]!;
    hi[worst] = mid;
    applyRule(f, worst, dims);
    applyRule(f, panels, dims);
    panels++;
  }
  for (let d = 0; d < dims; d++) {
    let total = 0;
    for (let k = 0; k < panels; k++) total += value[k * dims + d]!;
    result[d] = total;
  }
}
