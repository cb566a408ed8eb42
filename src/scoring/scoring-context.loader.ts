import { Injectable } from '@nestjs/common';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { exactHash } from './domain/duplication/exact-hash.js';
import { estimateJaccard, lshBandKeys, minhashSignature } from './domain/duplication/minhash.js';
import type { PercentileTable } from './domain/combine/percentile-table.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import type { ScoringContext } from './domain/scoring.types.js';
import { ScoringContextRepository } from './scoring-context.repository.js';
import { unpackSignature } from './domain/duplication/signature-codec.js';

/** Window for shared-IP/device and co-reviewing counts. */
const NETWORK_WINDOW_HOURS = 72;
const CO_REVIEW_MIN_SHARED_PRODUCTS = 2;

export interface Fingerprint {
  exactHash: string;
  signature: Uint32Array;
  bandKeys: string[];
}

export function fingerprintOf(review: Pick<ReviewEntity, 'title' | 'body'>): Fingerprint {
  const signature = minhashSignature(review.body);
  return { exactHash: exactHash(review.body), signature, bandKeys: lshBandKeys(signature) };
}

/** Builds the engine's ScoringContext from the database (the engine itself does no I/O). */
@Injectable()
export class ScoringContextLoader {
  public constructor(private readonly repo: ScoringContextRepository) {}

  public async load(review: ReviewEntity, fingerprint: Fingerprint, rules: RuleSet, percentiles: Record<string, PercentileTable>): Promise<ScoringContext> {
    const at = review.receivedAt;
    const minSimilarity = rules.signals.near_duplicate.params.minSimilarity ?? 0.5;
    const [ratings, activity, reviewer, exact, candidates, network] = await Promise.all([
      this.repo.productRatings(review.productId, review.id),
      this.repo.productActivity(review.productId, review.id, at),
      this.repo.reviewerHistory(review.reviewerId, review.id, at),
      this.repo.exactMatches(fingerprint.exactHash, review.id),
      this.repo.bandCandidates(fingerprint.bandKeys, review.id),
      this.repo.network(review, at, NETWORK_WINDOW_HOURS, CO_REVIEW_MIN_SHARED_PRODUCTS),
    ]);
    const nearDuplicates = candidates
      .map((c) => ({ c, similarity: estimateJaccard(fingerprint.signature, unpackSignature(c.signature)) }))
      .filter(({ similarity }) => similarity >= minSimilarity)
      .map(({ c, similarity }) => ({ itemId: c.review_id, similarity, sameAuthor: c.reviewer_id === review.reviewerId, sameProduct: c.product_id === review.productId }));
    return {
      product: { ratings, activity },
      reviewer,
      exactDuplicates: exact.map((m) => ({ itemId: m.review_id, sameAuthor: m.reviewer_id === review.reviewerId, sameProduct: m.product_id === review.productId })),
      nearDuplicates,
      network: { windowHours: NETWORK_WINDOW_HOURS, reviewersSharingIp: network.ip, reviewersSharingDevice: network.device, coReviewGroupSize: network.coReview },
      featurePercentiles: percentiles,
    };
  }
}
