import { Injectable } from '@nestjs/common';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { CO_REVIEW_MIN_SHARED_PRODUCTS, NETWORK_WINDOW_HOURS, newAccountWindows } from './domain/context-windows.js';
import { exactHash } from './domain/duplication/exact-hash.js';
import { estimateJaccard, lshBandKeys, minhashSignature } from './domain/duplication/minhash.js';
import type { PercentileTable } from './domain/combine/percentile-table.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import type { ScoringContext } from './domain/scoring.types.js';
import { ScoringContextRepository } from './scoring-context.repository.js';
import { unpackSignature } from './domain/duplication/signature-codec.js';

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
    const minSimilarity = rules.signals.near_duplicate.params.minSimilarity ?? 0.5;
    const [facts, candidates] = await Promise.all([
      this.repo.facts(review, fingerprint.exactHash, NETWORK_WINDOW_HOURS, CO_REVIEW_MIN_SHARED_PRODUCTS, newAccountWindows(rules)),
      this.repo.bandCandidates(fingerprint.bandKeys, review.id),
    ]);
    const nearDuplicates = candidates
      .map((c) => ({ c, similarity: estimateJaccard(fingerprint.signature, unpackSignature(c.signature)) }))
      .filter(({ similarity }) => similarity >= minSimilarity)
      .map(({ c, similarity }) => ({ itemId: c.review_id, similarity, sameAuthor: c.reviewer_id === review.reviewerId, sameProduct: c.product_id === review.productId }));
    const { network } = facts;
    return {
      product: { ratings: facts.ratings, activity: facts.activity, newAccounts: facts.newAccounts },
      reviewer: facts.reviewer,
      exactDuplicates: facts.exact.map((m) => ({ itemId: m.reviewId, sameAuthor: m.reviewerId === review.reviewerId, sameProduct: m.productId === review.productId })),
      bodyHash: fingerprint.exactHash,
      nearDuplicates,
      network: {
        windowHours: NETWORK_WINDOW_HOURS, reviewersSharingIp: network.ip, reviewersSharingDevice: network.device, coReviewGroupSize: network.coReview,
        newAccountsOnIp: network.newAccountsOnIp,
      },
      featurePercentiles: percentiles,
    };
  }
}
