/**
 * Statistics for the reputation indicators and the suppression audit (pure).
 * Tests are the textbook large-sample versions; callers enforce a minimum sample
 * size before trusting them, because the normal approximation is poor on tiny counts.
 */

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf approximation, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export interface TestResult {
  /** Test statistic (z); positive when the first group is larger. */
  z: number;
  /** Two-sided p-value. */
  pTwoSided: number;
  /** One-sided p-value for "the first group is larger". */
  pGreater: number;
}

const NO_EVIDENCE: TestResult = { z: 0, pTwoSided: 1, pGreater: 0.5 };

function fromZ(z: number): TestResult {
  return { z, pTwoSided: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))), pGreater: 1 - normalCdf(z) };
}

/** Pooled two-proportion z-test of x1/n1 against x2/n2. */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TestResult {
  if (n1 <= 0 || n2 <= 0) return NO_EVIDENCE;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return NO_EVIDENCE;
  return fromZ((x1 / n1 - x2 / n2) / se);
}

export interface MannWhitneyResult extends TestResult {
  u: number;
  /** P(A > B) + ½·P(A = B): 0.5 means no difference (common-language effect size). */
  superiority: number;
}

/**
 * Mann–Whitney U on two histograms over the same ordered buckets (values in one
 * bucket count as ties), with the tie-corrected variance. Positive z: A tends larger.
 */
export function mannWhitneyFromHistograms(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n1 = a.reduce((s, v) => s + v, 0);
  const n2 = b.reduce((s, v) => s + v, 0);
  if (n1 === 0 || n2 === 0) return { ...NO_EVIDENCE, u: 0, superiority: 0.5 };
  let u = 0;
  let below = 0;
  let tieTerm = 0;
  const buckets = Math.max(a.length, b.length);
  for (let i = 0; i < buckets; i++) {
    const ai = a[i] ?? 0;
    const bi = b[i] ?? 0;
    u += ai * (below + bi / 2);
    below += bi;
    const t = ai + bi;
    tieTerm += t * t * t - t;
  }
  const n = n1 + n2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1) || 1));
  const superiority = u / (n1 * n2);
  if (variance <= 0) return { ...NO_EVIDENCE, u, superiority };
  return { ...fromZ((u - (n1 * n2) / 2) / Math.sqrt(variance)), u, superiority };
}

/** Bayesian (damped) mean: `priorWeight` pseudo-ratings at `priorMean` added to the observed ones. */
export function bayesianAverage(sum: number, count: number, priorMean: number, priorWeight: number): number | null {
  if (count + priorWeight <= 0) return null;
  if (count === 0) return null;
  return (priorMean * priorWeight + sum) / (priorWeight + count);
}

export const round = (value: number | null, digits = 4): number | null => {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export const ratio = (num: number, den: number, digits = 4): number | null => (den > 0 ? round(num / den, digits) : null);
