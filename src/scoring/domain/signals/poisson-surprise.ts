/** −log10 P(X ≥ k) for X ~ Poisson(λ): how surprising k arrivals are. */
const MAX_SURPRISE = 30;

export function poissonSurprise(k: number, lambda: number): number {
  if (k <= 0) return 0;
  if (lambda <= 0) return MAX_SURPRISE;
  // Sum the upper tail in log space from pmf(k) upwards; terms shrink fast once i > λ.
  let logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
  let logTail = logTerm;
  for (let i = k + 1; i < k + 1000; i++) {
    logTerm += Math.log(lambda / i);
    logTail = logAdd(logTail, logTerm);
    if (logTerm - logTail < -30) break;
  }
  const surprise = -logTail / Math.LN10;
  return Math.min(MAX_SURPRISE, Math.max(0, surprise));
}

function logAdd(a: number, b: number): number {
  const hi = Math.max(a, b);
  return hi + Math.log(Math.exp(a - hi) + Math.exp(b - hi));
}

function logFactorial(n: number): number {
  let total = 0;
  for (let i = 2; i <= n; i++) total += Math.log(i);
  return total;
}
