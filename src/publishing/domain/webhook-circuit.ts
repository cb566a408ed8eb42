/**
 * Circuit breaker per webhook (issue 16, fairness): after `failureThreshold` consecutive failed attempts
 * the circuit opens and deliveries WAIT (they are delayed, never dropped and never charged an attempt);
 * after the cooldown one probe goes through (half-open); its success closes the circuit, its failure
 * reopens it with a doubled cooldown, up to `maxCooldownMs`. Pure: time comes in as `now` (ms).
 */
export interface CircuitPolicy {
  failureThreshold: number;
  cooldownMs: number;
  maxCooldownMs: number;
}

export interface CircuitState {
  consecutiveFailures: number;
  /** Open until this instant (ms); null: closed. */
  openUntil: number | null;
  /** How many times in a row the circuit has opened (drives the cooldown). */
  openings: number;
  /** A half-open probe is in flight: other attempts wait for its outcome. */
  probing: boolean;
}

export const CLOSED: CircuitState = { consecutiveFailures: 0, openUntil: null, openings: 0, probing: false };

export type Admission = { admit: true; probe: boolean } | { admit: false; retryAt: number };

export function admit(state: CircuitState, now: number, probeTimeoutMs: number): Admission {
  if (state.openUntil === null) return { admit: true, probe: false };
  if (now < state.openUntil) return { admit: false, retryAt: state.openUntil };
  // Half-open: one probe at a time; the others come back once it must have finished.
  if (state.probing) return { admit: false, retryAt: now + probeTimeoutMs };
  return { admit: true, probe: true };
}

/** The state once an admitted attempt is under way (marks the half-open probe). */
export const started = (state: CircuitState, admission: Admission): CircuitState =>
  admission.admit && admission.probe ? { ...state, probing: true } : state;

export function recordOutcome(state: CircuitState, ok: boolean, now: number, policy: CircuitPolicy): CircuitState {
  if (ok) return CLOSED;
  const consecutiveFailures = state.consecutiveFailures + 1;
  const halfOpen = state.openUntil !== null && now >= state.openUntil;
  if (!halfOpen && consecutiveFailures < policy.failureThreshold) return { ...state, consecutiveFailures, probing: false };
  // A failure while already open (an attempt admitted before it opened) does not extend the cooldown.
  if (state.openUntil !== null && now < state.openUntil) return { ...state, consecutiveFailures };
  const openings = state.openings + 1;
  const cooldown = Math.min(policy.cooldownMs * 2 ** (openings - 1), policy.maxCooldownMs);
  return { consecutiveFailures, openUntil: now + cooldown, openings, probing: false };
}

export const isClosed = (state: CircuitState): boolean => state.openUntil === null && state.consecutiveFailures === 0;
