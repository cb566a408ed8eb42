/**
 * Rating family. All three are symmetric (a 1★ on a well-liked product counts
 * the same as a 5★ on a disliked one), so no rating direction is favoured;
 * the validator keeps them from deciding publication on their own.
 */
import { param, round, type RawSignal, type SignalInput } from './signal.types.js';

/** |rating − leave-one-out product mean|, once the product has `minCount` other ratings. */
export function ratingDeviationSignal(input: SignalInput): RawSignal | null {
  const { rating } = input.item;
  const { count, sum } = input.context.product.ratings;
  const minCount = param(input, 'rating_deviation', 'minCount', 5);
  if (rating === null || count < minCount) return null;
  const mean = sum / count;
  const deviation = Math.abs(rating - mean);
  return {
    id: 'rating_deviation',
    value: round(deviation, 3),
    reason: `${rating}★ while the product's mean is ${round(mean, 1)} over ${count} ratings`,
  };
}

/** 1 for 1★ or 5★, 0 otherwise. */
export function ratingExtremitySignal(input: SignalInput): RawSignal | null {
  const { rating } = input.item;
  if (rating === null) return null;
  const extreme = rating === 1 || rating === 5;
  return {
    id: 'rating_extremity',
    value: extreme ? 1 : 0,
    reason: extreme ? `extreme rating (${rating}★)` : `moderate rating (${rating}★)`,
  };
}

/** Share of the reviewer's ratings (this one included) that are 1★ or 5★. */
export function reviewerPolaritySkewSignal(input: SignalInput): RawSignal | null {
  const { rating } = input.item;
  const histogram = input.context.reviewer.ratingHistogram;
  const minRatings = param(input, 'reviewer_polarity_skew', 'minRatings', 4);
  const total = histogram.reduce((a, b) => a + b, 0) + (rating === null ? 0 : 1);
  if (total < minRatings) return null;
  const extremes = histogram[0] + histogram[4] + (rating === 1 || rating === 5 ? 1 : 0);
  const share = extremes / total;
  return {
    id: 'reviewer_polarity_skew',
    value: round(share, 3),
    reason: `${round(share * 100, 0)}% of this reviewer's ${total} ratings are 1★ or 5★`,
  };
}
