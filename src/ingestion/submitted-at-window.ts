/**
 * Which `submittedAt` values intake accepts (pure). Scoring runs in event time, so a date the
 * shopper cannot have written at would skew every window it lands in (and a year-2099 review
 * would sit at the top of "most recent" forever). Refused per item, never clamped: a clamped
 * date is a made-up fact.
 *
 * - Future: at most CLOCK_SKEW_MS after we receive it (a channel's clock may run a little fast).
 * - Past: from EARLIEST_SUBMITTED_AT on, in live and import mode alike: the import window is
 *   everything since 2000-01-01 (older e-commerce review history is not credible data). Old dates
 *   in live intake are accepted but feed the `backdated` signal.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;
export const EARLIEST_SUBMITTED_AT = new Date('2000-01-01T00:00:00Z');

export type SubmittedAtProblem = { code: 'future'; message: string } | { code: 'too_old'; message: string };

export function checkSubmittedAt(submittedAt: Date, receivedAt: Date): SubmittedAtProblem | null {
  if (submittedAt.getTime() > receivedAt.getTime() + CLOCK_SKEW_MS) {
    return { code: 'future', message: `submittedAt ${submittedAt.toISOString()} is in the future (more than ${CLOCK_SKEW_MS / 60_000} minutes after ${receivedAt.toISOString()})` };
  }
  if (submittedAt.getTime() < EARLIEST_SUBMITTED_AT.getTime()) {
    return { code: 'too_old', message: `submittedAt ${submittedAt.toISOString()} is before ${EARLIEST_SUBMITTED_AT.toISOString()}, the earliest date intake accepts` };
  }
  return null;
}
