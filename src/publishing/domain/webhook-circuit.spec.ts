import { admit, CLOSED, isClosed, recordOutcome, started, type CircuitPolicy, type CircuitState } from './webhook-circuit.js';

const policy: CircuitPolicy = { failureThreshold: 3, cooldownMs: 1_000, maxCooldownMs: 3_000 };
const fail = (s: CircuitState, now: number): CircuitState => recordOutcome(s, false, now, policy);

describe('webhook circuit breaker', () => {
  it('stays closed below the threshold and opens on the Nth consecutive failure', () => {
    let s = fail(fail(CLOSED, 0), 1);
    expect(admit(s, 2, 500)).toEqual({ admit: true, probe: false });
    s = fail(s, 2);
    expect(s.openUntil).toBe(1_002);
    expect(admit(s, 500, 500)).toEqual({ admit: false, retryAt: 1_002 });
  });

  it('a success resets the count', () => {
    const s = recordOutcome(fail(fail(CLOSED, 0), 1), true, 2, policy);
    expect(isClosed(s)).toBe(true);
    expect(fail(s, 3).openUntil).toBeNull();
  });

  it('half-open: admits one probe, holds the others, closes on success', () => {
    const open = fail(fail(fail(CLOSED, 0), 0), 0);
    const first = admit(open, 1_000, 500);
    expect(first).toEqual({ admit: true, probe: true });
    const probing = started(open, first);
    expect(admit(probing, 1_001, 500)).toEqual({ admit: false, retryAt: 1_501 });
    expect(isClosed(recordOutcome(probing, true, 1_100, policy))).toBe(true);
  });

  it('a failed probe reopens with a doubled cooldown, capped', () => {
    let s = fail(fail(fail(CLOSED, 0), 0), 0);
    s = fail(started(s, admit(s, 1_000, 500)), 1_000);
    expect(s).toMatchObject({ openUntil: 3_000, openings: 2, probing: false });
    s = fail(started(s, admit(s, 3_000, 500)), 3_000);
    expect(s.openUntil).toBe(6_000);
    s = fail(started(s, admit(s, 6_000, 500)), 6_000);
    expect(s.openUntil).toBe(9_000);
  });

  it('late failures of attempts admitted before it opened do not extend the cooldown', () => {
    const s = fail(fail(fail(CLOSED, 0), 0), 0);
    expect(fail(s, 200).openUntil).toBe(1_000);
  });
});
