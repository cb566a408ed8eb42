import { ratio, round, twoProportionZTest } from './stats.js';

export interface ChannelTotals {
  channelId: string;
  channelType: string;
  channelName: string;
  ratingCount: number;
  ratingSum: number;
  /** 4–5★ ratings. */
  satisfied: number;
  negative: number;
  public: number;
  replied: number;
}

export interface ChannelComparisonRow {
  channelId: string;
  channelType: string;
  channelName: string;
  ratingCount: number;
  average: number | null;
  satisfiedShare: number | null;
  replyRate: number | null;
  /** This channel against all the others pooled. */
  test: { z: number; pValue: number; significant: boolean; direction: 'higher' | 'lower' | 'same' } | null;
}

export interface ComparisonOptions {
  alpha: number;
  /** Ratings needed on each side of a test; below it the row says `test: null`. */
  minSample: number;
}

/**
 * Flags channels whose satisfaction (share of 4–5★) differs from the rest of the
 * channels pooled, by a two-proportion z-test with a Bonferroni correction over
 * the channels tested (k comparisons on the same data would otherwise find "something" by chance).
 */
export function compareChannels(channels: readonly ChannelTotals[], options: ComparisonOptions): ChannelComparisonRow[] {
  const totalN = channels.reduce((s, c) => s + c.ratingCount, 0);
  const totalX = channels.reduce((s, c) => s + c.satisfied, 0);
  const testable = channels.filter((c) => c.ratingCount >= options.minSample && totalN - c.ratingCount >= options.minSample);
  const alpha = testable.length > 0 ? options.alpha / testable.length : options.alpha;
  return channels.map((c) => {
    const base = {
      channelId: c.channelId, channelType: c.channelType, channelName: c.channelName, ratingCount: c.ratingCount,
      average: ratio(c.ratingSum, c.ratingCount), satisfiedShare: ratio(c.satisfied, c.ratingCount), replyRate: ratio(c.replied, c.public),
    };
    if (!testable.includes(c)) return { ...base, test: null };
    const r = twoProportionZTest(c.satisfied, c.ratingCount, totalX - c.satisfied, totalN - c.ratingCount);
    const significant = r.pTwoSided < alpha;
    const direction = !significant ? 'same' : r.z > 0 ? 'higher' : 'lower';
    return { ...base, test: { z: round(r.z) ?? 0, pValue: round(r.pTwoSided, 6) ?? 1, significant, direction } };
  });
}
