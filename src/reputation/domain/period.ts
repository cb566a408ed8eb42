/** Reporting periods: whole UTC days, inclusive on both ends. */
export interface Period {
  from: string;
  to: string;
  days: string[];
  /** [start, end) instants for queries on timestamps. */
  start: Date;
  end: Date;
}

export const MAX_PERIOD_DAYS = 731;
export const DEFAULT_PERIOD_DAYS = 90;
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** A real calendar date (2024-02-30 is not) as a UTC midnight, or null. */
export function parseDay(value: string): Date | null {
  if (!DATE.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) || isoDay(d) !== value ? null : d;
}

export function dayRange(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += DAY_MS) days.push(isoDay(new Date(t)));
  return days;
}

/** Validates a requested period; defaults to the last DEFAULT_PERIOD_DAYS days up to `now`. */
export function resolvePeriod(from: string | undefined, to: string | undefined, now: Date, maxDays = MAX_PERIOD_DAYS): Period | { error: string } {
  const end = to === undefined ? parseDay(isoDay(now)) : parseDay(to);
  if (!end) return { error: `to must be a calendar date YYYY-MM-DD` };
  const start = from === undefined ? new Date(end.getTime() - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS) : parseDay(from);
  if (!start) return { error: `from must be a calendar date YYYY-MM-DD` };
  if (start.getTime() > end.getTime()) return { error: 'from must not be after to' };
  const length = (end.getTime() - start.getTime()) / DAY_MS + 1;
  if (length > maxDays) return { error: `the period may span at most ${maxDays} days (asked ${length})` };
  return { from: isoDay(start), to: isoDay(end), days: dayRange(start, end), start, end: new Date(end.getTime() + DAY_MS) };
}

/** Sorted days cut into runs of at most `size`, the unit of work (and progress) of the rollup. */
export function chunkDays(days: readonly string[], size: number): string[][] {
  const sorted = [...new Set(days)].sort();
  const chunks: string[][] = [];
  for (let i = 0; i < sorted.length; i += size) chunks.push(sorted.slice(i, i + size));
  return chunks;
}

/** The period of the same length ending the day before `period` starts (churn's reference). */
export function previousPeriod(period: Period): Period {
  const length = period.days.length;
  const start = new Date(period.start.getTime() - length * DAY_MS);
  const end = new Date(period.start.getTime() - DAY_MS);
  return { from: isoDay(start), to: isoDay(end), days: dayRange(start, end), start, end: period.start };
}
