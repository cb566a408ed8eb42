/**
 * When to restart a crashed child process: at once-ish after a crash following a healthy run, then
 * doubling while it keeps dying young (a database that is down, a bad deploy), capped so recovery after
 * the cause goes away is still quick. A child that ran for `healthyMs` resets the count.
 */
export class RestartBackoff {
  private failures = 0;

  public constructor(
    private readonly baseMs = 500,
    private readonly maxMs = 30_000,
    private readonly healthyMs = 60_000,
  ) {}

  /** The delay before starting a replacement for a child that ran `livedMs` before it exited. */
  public next(livedMs: number): number {
    if (livedMs >= this.healthyMs) this.failures = 0;
    const delay = Math.min(this.baseMs * 2 ** this.failures, this.maxMs);
    this.failures += 1;
    return delay;
  }
}
