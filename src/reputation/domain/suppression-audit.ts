import { addInto, emptyHistogram } from './histogram.js';
import { latencyFigures, type LatencyFigures } from './indicators.js';
import { auditStarParity, type StarCell, type StarParityAudit } from './star-parity.js';
import { mannWhitneyFromHistograms, ratio, round, twoProportionZTest } from './stats.js';
import { isNegative, isPositive, SENTIMENTS } from './taxonomy.js';

/** One (star rating × sentiment) cell of the audit period. */
export interface AuditCell {
  rating: number;
  sentiment: string;
  received: number;
  held: number;
  rejected: number;
  folded: number;
  published: number;
  timeToPublishHist: number[];
}

export interface AuditConfig {
  /** Absolute margin: rates (or P(neg slower) − ½) beyond it, and significant, raise the alert. */
  margin: number;
  minSample: number;
  alpha: number;
}

export interface OutcomeRates {
  received: number;
  holdRate: number | null;
  rejectRate: number | null;
  foldRate: number | null;
  published: number;
  timeToPublish: LatencyFigures;
}

export const AUDIT_METRICS = ['hold_rate', 'reject_rate', 'fold_rate', 'time_to_publish'] as const;
export type AuditMetric = (typeof AUDIT_METRICS)[number];

export interface AuditTest {
  metric: AuditMetric;
  negative: number | null;
  positive: number | null;
  /** Rates: negative − positive. Time: P(negative waits longer) − ½. */
  difference: number | null;
  pValue: number | null;
  alert: boolean;
  /** Why no verdict, when a group is too small. */
  insufficient: boolean;
}

export interface SuppressionAudit {
  byRating: ({ rating: number } & OutcomeRates)[];
  bySentiment: ({ sentiment: string } & OutcomeRates)[];
  groups: { negative: OutcomeRates; positive: OutcomeRates };
  tests: AuditTest[];
  /** Held rates by star level per merchant, with their own tests (star-parity.ts). */
  starParity: StarParityAudit;
  alert: boolean;
  config: AuditConfig;
}

function pool(cells: readonly AuditCell[]): AuditCell {
  const t: AuditCell = { rating: 0, sentiment: '', received: 0, held: 0, rejected: 0, folded: 0, published: 0, timeToPublishHist: emptyHistogram() };
  for (const c of cells) {
    t.received += c.received; t.held += c.held; t.rejected += c.rejected; t.folded += c.folded; t.published += c.published;
    addInto(t.timeToPublishHist, c.timeToPublishHist);
  }
  return t;
}

function rates(c: AuditCell): OutcomeRates {
  return {
    received: c.received, holdRate: ratio(c.held, c.received), rejectRate: ratio(c.rejected, c.received), foldRate: ratio(c.folded, c.received),
    published: c.published, timeToPublish: latencyFigures(c.timeToPublishHist),
  };
}

function rateTest(metric: AuditMetric, x1: number, n1: number, x2: number, n2: number, cfg: AuditConfig): AuditTest {
  const insufficient = n1 < cfg.minSample || n2 < cfg.minSample;
  const negative = ratio(x1, n1);
  const positive = ratio(x2, n2);
  if (insufficient) return { metric, negative, positive, difference: null, pValue: null, alert: false, insufficient };
  const difference = x1 / n1 - x2 / n2;
  const p = twoProportionZTest(x1, n1, x2, n2).pGreater;
  return { metric, negative, positive, difference: round(difference), pValue: round(p, 6), alert: difference > cfg.margin && p < cfg.alpha, insufficient };
}

function timeTest(neg: AuditCell, pos: AuditCell, cfg: AuditConfig): AuditTest {
  const n1 = neg.timeToPublishHist.reduce((s, v) => s + v, 0);
  const n2 = pos.timeToPublishHist.reduce((s, v) => s + v, 0);
  const negative = latencyFigures(neg.timeToPublishHist).medianSeconds;
  const positive = latencyFigures(pos.timeToPublishHist).medianSeconds;
  if (n1 < cfg.minSample || n2 < cfg.minSample) {
    return { metric: 'time_to_publish', negative, positive, difference: null, pValue: null, alert: false, insufficient: true };
  }
  const mw = mannWhitneyFromHistograms(neg.timeToPublishHist, pos.timeToPublishHist);
  const difference = mw.superiority - 0.5;
  return {
    metric: 'time_to_publish', negative, positive, difference: round(difference), pValue: round(mw.pGreater, 6),
    alert: difference > cfg.margin && mw.pGreater < cfg.alpha, insufficient: false,
  };
}

/**
 * Do negative reviews (1–2★ or negative text) fare worse in moderation than positive
 * ones (4–5★, not negative text)? One-sided tests: held more often, rejected more
 * often, folded more often, published later. An alert needs both the margin and significance.
 * `starCells` adds the per-merchant star-parity tests of held rates; either kind of alert raises `alert`.
 */
export function auditSuppression(cells: readonly AuditCell[], cfg: AuditConfig, starCells: readonly StarCell[] = []): SuppressionAudit {
  const neg = pool(cells.filter((c) => isNegative(c.rating, c.sentiment)));
  const pos = pool(cells.filter((c) => isPositive(c.rating, c.sentiment)));
  const tests = [
    rateTest('hold_rate', neg.held, neg.received, pos.held, pos.received, cfg),
    rateTest('reject_rate', neg.rejected, neg.received, pos.rejected, pos.received, cfg),
    rateTest('fold_rate', neg.folded, neg.received, pos.folded, pos.received, cfg),
    timeTest(neg, pos, cfg),
  ];
  const starParity = auditStarParity(starCells, cfg);
  return {
    byRating: [1, 2, 3, 4, 5].map((rating) => ({ rating, ...rates(pool(cells.filter((c) => c.rating === rating))) })),
    bySentiment: SENTIMENTS.map((sentiment) => ({ sentiment, ...rates(pool(cells.filter((c) => c.sentiment === sentiment))) })),
    groups: { negative: rates(neg), positive: rates(pos) },
    tests,
    starParity,
    alert: tests.some((t) => t.alert) || starParity.alert,
    config: cfg,
  };
}

/** CSV cells: formula-looking text is prefixed so spreadsheets do not execute it. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (cells: (string | number | boolean | null)[]): string => cells.map(csvCell).join(',');

/** The audit as flat CSV evidence: one section per breakdown, then the tests. */
export function suppressionAuditCsv(audit: SuppressionAudit, scope: string, from: string, to: string): string {
  const header = ['section', 'key', 'received', 'hold_rate', 'reject_rate', 'fold_rate', 'published', 'ttp_median_s', 'ttp_p90_s'];
  const row = (section: string, key: string | number, r: OutcomeRates): string => csvLine([
    section, key, r.received, r.holdRate, r.rejectRate, r.foldRate, r.published, r.timeToPublish.medianSeconds, r.timeToPublish.p90Seconds,
  ]);
  const lines = [
    csvLine(['scope', scope, 'from', from, 'to', to, 'margin', audit.config.margin, 'min_sample', audit.config.minSample, 'alpha', audit.config.alpha]),
    csvLine(header),
    ...audit.byRating.map((r) => row('by_rating', r.rating, r)),
    ...audit.bySentiment.map((r) => row('by_sentiment', r.sentiment, r)),
    row('group', 'negative', audit.groups.negative),
    row('group', 'positive', audit.groups.positive),
    csvLine(['test', 'metric', 'negative', 'positive', 'difference', 'p_value', 'alert', 'insufficient']),
    ...audit.tests.map((t) => csvLine(['test', t.metric, t.negative, t.positive, t.difference, t.pValue, t.alert, t.insufficient])),
    csvLine(['star_rate', 'merchant_id', 'rating', 'received', 'held', 'hold_rate']),
    ...audit.starParity.merchants.flatMap((m) => m.byStar.map((r) => csvLine(['star_rate', m.merchantId, r.rating, r.received, r.held, r.holdRate]))),
    csvLine(['star_test', 'merchant_id', 'stars_vs_4_5', 'low_hold_rate', 'high_hold_rate', 'difference', 'p_value', 'alpha', 'alert', 'insufficient']),
    ...audit.starParity.merchants.flatMap((m) => m.tests.map((t) => csvLine([
      'star_test', m.merchantId, t.stars, t.low.holdRate, t.high.holdRate, t.difference, t.pValue, audit.starParity.testAlpha, t.alert, t.insufficient,
    ]))),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
