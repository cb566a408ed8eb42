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
    ['complaints over orders', day('d', { received: 2, public: 2, ratingCount: 2, ratingSum: 6, negative: 1, complaints: 3, orders: 80 }),
      { average: 3, bayes: 3.7778, complaint: 0.05, reply: 0, fake: 0 }],
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
