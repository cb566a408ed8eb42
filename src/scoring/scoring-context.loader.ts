import { Injectable } from '@nestjs/common';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { exactHash } from './domain/duplication/exact-hash.js';
import { estimateJaccard, lshBandKeys, minhashSignature } from './domain/duplication/minhash.js';
import type { PercentileTable } from './domain/combine/percentile-table.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import type { ScoringContext } from './domain/scoring.types.js';
import { type BandCandidate, type ContextFacts, ScoringContextRepository } from './scoring-context.repository.js';
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

export interface ContextRequest {
  review: ReviewEntity;
  fingerprint: Fingerprint;
}

/** Builds the engine's ScoringContext from the database (the engine itself does no I/O). */
@Injectable()
export class ScoringContextLoader {
  public constructor(private readonly repo: ScoringContextRepository) {}

  public async load(review: ReviewEntity, fingerprint: Fingerprint, rules: RuleSet, percentiles: Record<string, PercentileTable>): Promise<ScoringContext> {
    const [facts, candidates] = await Promise.all([
      this.repo.facts(review, fingerprint.exactHash, NETWORK_WINDOW_HOURS, CO_REVIEW_MIN_SHARED_PRODUCTS),
      this.repo.bandCandidates(fingerprint.bandKeys, review.id),
    ]);
    return buildContext({ review, fingerprint }, facts, candidates, rules, percentiles);
  }

  /** `load` for a micro-batch: two round trips in all, whatever the batch size; contexts in input order. */
  public async loadMany(requests: ContextRequest[], rules: RuleSet, percentiles: Record<string, PercentileTable>): Promise<ScoringContext[]> {
    const [facts, candidates] = await Promise.all([
      this.repo.factsMany(requests.map((r) => ({ review: r.review, exactHash: r.fingerprint.exactHash })), NETWORK_WINDOW_HOURS, CO_REVIEW_MIN_SHARED_PRODUCTS),
      this.repo.bandCandidatesMany(requests.map((r) => ({ bandKeys: r.fingerprint.bandKeys, excludeId: r.review.id }))),
    ]);
    return requests.map((request, i) => buildContext(request, facts[i], candidates[i], rules, percentiles));
  }
}

function buildContext({ review, fingerprint }: ContextRequest, facts: ContextFacts, candidates: BandCandidate[], rules: RuleSet,
  percentiles: Record<string, PercentileTable>): ScoringContext {
  const minSimilarity = rules.signals.near_duplicate.params.minSimilarity ?? 0.5;
  const nearDuplicates = candidates
    .map((c) => ({ c, similarity: estimateJaccard(fingerprint.signature, unpackSignature(c.signature)) }))
    .filter(({ similarity }) => similarity >= minSimilarity)
    .map(({ c, similarity }) => ({ itemId: c.review_id, similarity, sameAuthor: c.reviewer_id === review.reviewerId, sameProduct: c.product_id === review.productId }));
  const { network } = facts;
  return {
    product: { ratings: facts.ratings, activity: facts.activity },
    reviewer: facts.reviewer,
    exactDuplicates: facts.exact.map((m) => ({ itemId: m.reviewId, sameAuthor: m.reviewerId === review.reviewerId, sameProduct: m.productId === review.productId })),
    bodyHash: fingerprint.exactHash,
    nearDuplicates,
    network: { windowHours: NETWORK_WINDOW_HOURS, reviewersSharingIp: network.ip, reviewersSharingDevice: network.device, coReviewGroupSize: network.coReview },
    featurePercentiles: percentiles,
  };
}
