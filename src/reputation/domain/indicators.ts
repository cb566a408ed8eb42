import { exactPercentile } from './exact-percentile.js';
import { addInto, emptyHistogram, percentileFromHistogram } from './histogram.js';
import { netPromoterScore } from './recommendation.js';
import { bayesianAverage, ratio, round } from './stats.js';
import { ASPECT_IDS } from './taxonomy.js';

/** One rollup row as the read side sees it (numbers already parsed). */
export interface DailyFacts {
  day: string;
  channelId: string;
  received: number;
  public: number;
  ratingCount: number;
  ratingSum: number;
  stars: [number, number, number, number, number];
  sentiment: { positive: number; neutral: number; negative: number; mixed: number; scoreSum: number };
  aspectMentions: number[];
  aspectNegative: number[];
  verified: number;
  incentivized: number;
  negative: number;
  fake: number;
  replied: number;
  replyHist: number[] | null;
  /** Every receipt → first reply latency (seconds), for exact percentiles. */
  replySeconds: number[];
  recommendYes: number;
  recommendNo: number;
  npsPromoters: number;
  npsPassives: number;
  npsDetractors: number;
  decided: number;
  decisionHist: number[] | null;
  orders: number;
  complaints: number;
}

export interface RatingPrior {
  priorMean: number;
  priorWeight: number;
}

export interface LatencyFigures {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** True when a percentile falls beyond the last bucket bound (over 30 days). */
  overflow: boolean;
}

/** Exact reply time over the replied reviews, in minutes (2 decimals). */
export interface ReplyTime {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface IndicatorSummary {
  volume: { received: number; published: number };
  rating: { count: number; average: number | null; bayesianAverage: number | null; distribution: Record<'1' | '2' | '3' | '4' | '5', number>; satisfiedShare: number | null };
  sentiment: { positive: number; neutral: number; negative: number; mixed: number; negativeShare: number | null; positiveShare: number | null; averageScore: number | null };
  aspects: { aspect: string; mentions: number; negative: number; negativeShare: number | null }[];
  /** rate = complaints ÷ orders; negativeReviewRate = negative reviews ÷ public reviews (a separate figure). */
  complaints: { complaints: number; orders: number; rate: number | null; negativeReviews: number; negativeReviewRate: number | null };
  /** time: exact; latency: the bucketed histogram (kept for the suppression audit's scale). */
  replies: { replied: number; rate: number | null; time: ReplyTime; latency: LatencyFigures };
  /** share = recommending ÷ public reviews; nps = % promoters − % detractors over 0–10 answers. */
  recommendation: {
    recommending: number; notRecommending: number; share: number | null;
    nps: { answers: number; promoters: number; passives: number; detractors: number; score: number | null };
  };
  verifiedShare: number | null;
  incentivizedShare: number | null;
  fake: { count: number; rate: number | null };
  moderationSla: LatencyFigures;
}

export function emptyFacts(day = '', channelId = ''): DailyFacts {
  return {
    day, channelId, received: 0, public: 0, ratingCount: 0, ratingSum: 0, stars: [0, 0, 0, 0, 0],
    sentiment: { positive: 0, neutral: 0, negative: 0, mixed: 0, scoreSum: 0 },
    aspectMentions: new Array<number>(ASPECT_IDS.length).fill(0), aspectNegative: new Array<number>(ASPECT_IDS.length).fill(0),
    verified: 0, incentivized: 0, negative: 0, fake: 0, replied: 0, replyHist: null, replySeconds: [],
    recommendYes: 0, recommendNo: 0, npsPromoters: 0, npsPassives: 0, npsDetractors: 0, decided: 0, decisionHist: null, orders: 0, complaints: 0,
  };
}

const SCALARS = ['received', 'public', 'ratingCount', 'ratingSum', 'verified', 'incentivized', 'negative', 'fake', 'replied', 'decided', 'orders', 'complaints',
  'recommendYes', 'recommendNo', 'npsPromoters', 'npsPassives', 'npsDetractors'] as const;

/** Sums rows (a period, or one channel's days) into one. */
export function sumFacts(rows: readonly DailyFacts[], day = '', channelId = ''): DailyFacts {
  const total = emptyFacts(day, channelId);
  for (const r of rows) {
    for (const k of SCALARS) total[k] += r[k];
    for (let i = 0; i < 5; i++) total.stars[i] += r.stars[i];
    for (const k of ['positive', 'neutral', 'negative', 'mixed', 'scoreSum'] as const) total.sentiment[k] += r.sentiment[k];
    addInto(total.aspectMentions, r.aspectMentions);
    addInto(total.aspectNegative, r.aspectNegative);
    for (const v of r.replySeconds) total.replySeconds.push(v);
    if (r.replyHist) total.replyHist = addInto(total.replyHist ?? emptyHistogram(), r.replyHist);
    if (r.decisionHist) total.decisionHist = addInto(total.decisionHist ?? emptyHistogram(), r.decisionHist);
  }
  return total;
}

export function latencyFigures(hist: readonly number[] | null): LatencyFigures {
  const count = hist ? hist.reduce((s, v) => s + v, 0) : 0;
  const median = hist ? percentileFromHistogram(hist, 0.5) : null;
  const p90 = hist ? percentileFromHistogram(hist, 0.9) : null;
  return { count, medianSeconds: median?.seconds ?? null, p90Seconds: p90?.seconds ?? null, overflow: Boolean(median?.overflow || p90?.overflow) };
}

const minutes = (seconds: number | null): number | null => (seconds === null ? null : round(seconds / 60, 2));

export function replyTime(seconds: readonly number[]): ReplyTime {
  return { count: seconds.length, medianMinutes: minutes(exactPercentile(seconds, 0.5)), p90Minutes: minutes(exactPercentile(seconds, 0.9)) };
}

function recommendationFigures(f: DailyFacts): IndicatorSummary['recommendation'] {
  const nps = { promoters: f.npsPromoters, passives: f.npsPassives, detractors: f.npsDetractors };
  return {
    recommending: f.recommendYes, notRecommending: f.recommendNo, share: ratio(f.recommendYes, f.public),
    nps: { answers: nps.promoters + nps.passives + nps.detractors, ...nps, score: netPromoterScore(nps) },
  };
}

function sentimentFigures(f: DailyFacts): IndicatorSummary['sentiment'] {
  const s = f.sentiment;
  const scored = s.positive + s.neutral + s.negative + s.mixed;
  return {
    positive: s.positive, neutral: s.neutral, negative: s.negative, mixed: s.mixed,
    negativeShare: ratio(s.negative, scored), positiveShare: ratio(s.positive, scored), averageScore: scored > 0 ? round(s.scoreSum / scored) : null,
  };
}

/** The period figures of one scope from its summed facts. */
export function summarize(f: DailyFacts, prior: RatingPrior): IndicatorSummary {
  const [s1, s2, s3, s4, s5] = f.stars;
  return {
    volume: { received: f.received, published: f.public },
    rating: {
      count: f.ratingCount, average: ratio(f.ratingSum, f.ratingCount),
      bayesianAverage: round(bayesianAverage(f.ratingSum, f.ratingCount, prior.priorMean, prior.priorWeight)),
      distribution: { '1': s1, '2': s2, '3': s3, '4': s4, '5': s5 }, satisfiedShare: ratio(s4 + s5, f.ratingCount),
    },
    sentiment: sentimentFigures(f),
    aspects: ASPECT_IDS.map((aspect, i) => ({
      aspect, mentions: f.aspectMentions[i] ?? 0, negative: f.aspectNegative[i] ?? 0, negativeShare: ratio(f.aspectNegative[i] ?? 0, f.aspectMentions[i] ?? 0),
    })),
    complaints: {
      complaints: f.complaints, orders: f.orders, rate: ratio(f.complaints, f.orders), negativeReviews: f.negative, negativeReviewRate: ratio(f.negative, f.public),
    },
    replies: { replied: f.replied, rate: ratio(f.replied, f.public), time: replyTime(f.replySeconds), latency: latencyFigures(f.replyHist) },
    recommendation: recommendationFigures(f),
    verifiedShare: ratio(f.verified, f.public),
    incentivizedShare: ratio(f.incentivized, f.public),
    fake: { count: f.fake, rate: ratio(f.fake, f.received) },
    moderationSla: latencyFigures(f.decisionHist),
  };
}

export interface DailyPoint {
  day: string;
  received: number;
  published: number;
  ratingCount: number;
  average: number | null;
  negativeShare: number | null;
  sentimentAverage: number | null;
  replyRate: number | null;
  fakeRate: number | null;
  complaintRate: number | null;
  negativeReviewRate: number | null;
  recommendShare: number | null;
}

/** One point per day of the period (days without rows are zeros, so charts have no gaps). */
export function dailySeries(rows: readonly DailyFacts[], days: readonly string[]): DailyPoint[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return days.map((day) => {
    const f = byDay.get(day) ?? emptyFacts(day);
    const s = sentimentFigures(f);
    return {
      day, received: f.received, published: f.public, ratingCount: f.ratingCount, average: ratio(f.ratingSum, f.ratingCount),
      negativeShare: s.negativeShare, sentimentAverage: s.averageScore, replyRate: ratio(f.replied, f.public),
      fakeRate: ratio(f.fake, f.received), complaintRate: ratio(f.complaints, f.orders),
      negativeReviewRate: ratio(f.negative, f.public), recommendShare: ratio(f.recommendYes, f.public),
    };
  });
}

/** Sentiment trend: negative share in the second half of the period against the first half. */
export function sentimentTrend(series: readonly DailyFacts[], days: readonly string[]): { firstHalfNegativeShare: number | null; secondHalfNegativeShare: number | null; change: number | null } {
  const mid = days[Math.floor(days.length / 2)] ?? '';
  const first = sumFacts(series.filter((r) => r.day < mid));
  const second = sumFacts(series.filter((r) => r.day >= mid));
  const a = sentimentFigures(first).negativeShare;
  const b = sentimentFigures(second).negativeShare;
  return { firstHalfNegativeShare: a, secondHalfNegativeShare: b, change: a === null || b === null ? null : round(b - a) };
}
