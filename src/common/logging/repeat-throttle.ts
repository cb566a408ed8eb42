/**
 * Repeated identical errors (a database outage makes every pooled client, poller and query fail the same
 * way, thousands of times) are logged once, then as one summary line per window with the count swallowed
 * meanwhile. Keyed by the caller (e.g. `context + message`); `now` is passed in so the rule is testable.
 */
export class RepeatThrottle {
  private readonly seen = new Map<string, { since: number; suppressed: number }>();

  public constructor(private readonly windowMs: number, private readonly maxKeys = 1_000) {}

  /** Returns the line to log now (the message itself, or a summary with a count), or undefined to stay quiet. */
  public admit(key: string, message: string, now: number): string | undefined {
    const entry = this.seen.get(key);
    if (!entry || now - entry.since >= this.windowMs) {
      const suppressed = entry?.suppressed ?? 0;
      if (!entry && this.seen.size >= this.maxKeys) this.seen.clear();
      this.seen.set(key, { since: now, suppressed: 0 });
      return suppressed > 0 ? `${message} (repeated ${suppressed} more times in the last ${Math.round((now - (entry as { since: number }).since) / 1000)} s)` : message;
    }
    entry.suppressed += 1;
    return undefined;
  }
}

/** A logger's warn/error with RepeatThrottle in front: one line per distinct message per window. */
export class ThrottledLog {
  private readonly throttle: RepeatThrottle;

  public constructor(private readonly write: (line: string) => void, windowMs = 30_000) {
    this.throttle = new RepeatThrottle(windowMs);
  }

  public log(message: string, now = Date.now()): void {
    const line = this.throttle.admit(message, message, now);
    if (line) this.write(line);
  }
}
