import { histogramFromValues } from './histogram.js';
import { dailySeries, emptyFacts, sentimentTrend, summarize, sumFacts, type DailyFacts } from './indicators.js';

const day = (d: string, patch: Partial<DailyFacts>): DailyFacts => ({ ...emptyFacts(d, 'all'), ...patch });
const PRIOR = { priorMean: 4, priorWeight: 7 };

describe('sumFacts', () => {
  it('adds scalars, stars, sentiment, aspects and histograms; keeps absent histograms null', () => {
    const a = day('2026-01-01', { received: 2, public: 2, ratingCount: 2, ratingSum: 9, stars: [0, 0, 0, 1, 1], replyHist: histogramFromValues([100]) });
    const b = day('2026-01-02', { received: 1, public: 1, ratingCount: 1, ratingSum: 1, stars: [1, 0, 0, 0, 0], aspectMentions: [1, 0, 0, 0, 0, 0, 2] });
    const t = sumFacts([a, b]);
    expect({ received: t.received, ratingSum: t.ratingSum, stars: t.stars, aspects: t.aspectMentions }).toEqual({
      received: 3, ratingSum: 10, stars: [1, 0, 0, 1, 1], aspects: [1, 0, 0, 0, 0, 0, 2],
    });
    expect(t.replyHist?.[1]).toBe(1);
    expect(t.decisionHist).toBeNull();
  });
});

describe('summarize', () => {
  it.each([
    ['no data', emptyFacts(), { average: null, bayes: null, complaint: null, reply: null, fake: null }],
    ['ratings without orders', day('d', { received: 4, public: 4, ratingCount: 4, ratingSum: 14, fake: 1, replied: 3 }),
      { average: 3.5, bayes: 3.8182, complaint: null, reply: 0.75, fake: 0.25 }],
    // Complaints ÷ orders only: 3 ÷ 80; the negative review is not a complaint.
    ['complaints over orders', day('d', { received: 2, public: 2, ratingCount: 2, ratingSum: 6, negative: 1, complaints: 3, orders: 80 }),
      { average: 3, bayes: 3.7778, complaint: 0.0375, reply: 0, fake: 0 }],
  ])('%s', (_name, facts, expected) => {
    const s = summarize(facts, PRIOR);
    expect({ average: s.rating.average, bayes: s.rating.bayesianAverage, complaint: s.complaints.rate, reply: s.replies.rate, fake: s.fake.rate }).toEqual(expected);
  });

  it('reads latency percentiles from the summed histogram', () => {
    const s = summarize(day('d', { replyHist: histogramFromValues([1800, 7200, 18_000]), decisionHist: histogramFromValues([30, 60, 60, 120, 3600]) }), PRIOR);
    expect(s.replies.latency).toEqual({ count: 3, medianSeconds: 7200, p90Seconds: 28_800, overflow: false });
    expect(s.moderationSla).toEqual({ count: 5, medianSeconds: 60, p90Seconds: 3600, overflow: false });
  });
});

describe('exact reply time, recommendation and the negative-review rate', () => {
  it('sums latencies across days and reads exact minutes', () => {
    // 60, 600, 1200, 3000 s = 1, 10, 20, 50 min. Median: (10 + 20) ÷ 2 = 15. p90 at rank 0.9 × 3 = 2.7: 20 + 0.7 × 30 = 41.
    const t = sumFacts([day('a', { replySeconds: [60, 1200] }), day('b', { replySeconds: [600, 3000] })]);
    expect(summarize(t, PRIOR).replies.time).toEqual({ count: 4, medianMinutes: 15, p90Minutes: 41 });
    expect(summarize(emptyFacts(), PRIOR).replies.time).toEqual({ count: 0, medianMinutes: null, p90Minutes: null });
  });

  it('reports recommendation share over public reviews and the NPS-style score', () => {
    // 3 recommending of 8 public = 0.375; NPS (5 − 2) ÷ 10 × 100 = 30.
    const s = summarize(day('d', { public: 8, negative: 2, recommendYes: 3, recommendNo: 1, npsPromoters: 5, npsPassives: 3, npsDetractors: 2 }), PRIOR);
    expect(s.recommendation).toEqual({ recommending: 3, notRecommending: 1, share: 0.375, nps: { answers: 10, promoters: 5, passives: 3, detractors: 2, score: 30 } });
    expect(s.complaints.negativeReviewRate).toBe(0.25);
  });
});

describe('dailySeries and sentimentTrend', () => {
  const rows = [
    day('2026-01-01', { received: 2, public: 2, ratingCount: 2, ratingSum: 8, sentiment: { positive: 2, neutral: 0, negative: 0, mixed: 0, scoreSum: 1 } }),
    day('2026-01-04', { received: 1, public: 1, ratingCount: 1, ratingSum: 1, sentiment: { positive: 0, neutral: 0, negative: 1, mixed: 0, scoreSum: -1 } }),
  ];
  const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];

  it('fills missing days with zeros', () => {
    expect(dailySeries(rows, days).map((p) => [p.day, p.received, p.average, p.negativeShare])).toEqual([
      ['2026-01-01', 2, 4, 0], ['2026-01-02', 0, null, null], ['2026-01-03', 0, null, null], ['2026-01-04', 1, 1, 1],
    ]);
  });

  it('compares the negative share of the two halves', () => {
    expect(sentimentTrend(rows, days)).toEqual({ firstHalfNegativeShare: 0, secondHalfNegativeShare: 1, change: 1 });
    expect(sentimentTrend([], days)).toEqual({ firstHalfNegativeShare: null, secondHalfNegativeShare: null, change: null });
  });
});
