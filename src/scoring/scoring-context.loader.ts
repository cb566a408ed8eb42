import { Injectable } from '@nestjs/common';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { CO_REVIEW_MIN_SHARED_PRODUCTS, NETWORK_WINDOW_HOURS, ruleWindows } from './domain/context-windows.js';
import { exactHash } from './domain/duplication/exact-hash.js';
import { lshBandKeys, minhashSignature } from './domain/duplication/minhash.js';
import type { PercentileTable } from './domain/combine/percentile-table.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import type { ScoringContext } from './domain/scoring.types.js';
import { BAND_CANDIDATE_LIMIT, type BandCandidate, type ContextFacts, ScoringContextRepository } from './scoring-context.repository.js';
import { estimateJaccardPacked, packSignature } from './domain/duplication/signature-codec.js';

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
      this.repo.facts(review, fingerprint.exactHash, NETWORK_WINDOW_HOURS, CO_REVIEW_MIN_SHARED_PRODUCTS, ruleWindows(rules)),
      this.repo.bandCandidates(fingerprint.bandKeys, review.id),
    ]);
    return buildContext({ review, fingerprint }, facts, candidates, rules, percentiles);
  }

  /** `load` for a micro-batch: two round trips in all, whatever the batch size; contexts in input order. */
  public async loadMany(requests: ContextRequest[], rules: RuleSet, percentiles: Record<string, PercentileTable>): Promise<ScoringContext[]> {
    const [facts, candidates] = await Promise.all([
      this.repo.factsMany(requests.map((r) => ({ review: r.review, exactHash: r.fingerprint.exactHash })), NETWORK_WINDOW_HOURS, CO_REVIEW_MIN_SHARED_PRODUCTS,
        ruleWindows(rules)),
      this.repo.bandCandidatesMany(requests.map((r) => ({ bandKeys: r.fingerprint.bandKeys, excludeId: r.review.id }))),
    ]);
    const seen = seeEarlierInBatch(requests, facts, candidates);
    return requests.map((request, i) => buildContext(request, seen.facts[i], seen.candidates[i], rules, percentiles));
  }
}

/** The facts query's caps (SCORING_CONTEXT_SQL: LIMIT 50 exact copies, LIMIT 500 of the author's texts). */
const EXACT_LIMIT = 50;
const AUTHOR_HASH_LIMIT = 500;

/**
 * A batch is scored as if its reviews were committed one after another: review i also finds the batch's
 * earlier reviews (exact copies, the author's earlier texts, LSH candidates ranked with the stored ones),
 * which are not in the database yet. Without this, copies submitted together and scored in one batch
 * would miss each other, and bigger batches would publish more copy-paste rings.
 *
 * Only the fingerprint facts need this: fingerprints and LSH bands are written when a review is scored.
 * The count facts (ratings, activity, new accounts, reviewer history, IP/device/new-account network
 * counts, co-review group) read `reviews` and `reviewers`, whose rows intake commits before the score
 * job exists (the worker loads them by id), so the facts query already counts every batch review
 * written up to review i's submitted_at, later batch positions and same-timestamp bulk items included,
 * exactly as it would after sequential commits. Scoring never sets 'removed' (the one status a count
 * filters on), so whether a batch-mate has been scored yet cannot change a count. Adding the batch's
 * earlier reviews here would count them twice; test/e2e/score-batch.e2e-spec.ts checks a bulk burst.
 */
export function seeEarlierInBatch(requests: ContextRequest[], facts: ContextFacts[], candidates: BandCandidate[][]): { facts: ContextFacts[]; candidates: BandCandidate[][] } {
  // What the batch's earlier reviews add, kept up to date as i advances (linear in the batch, not quadratic).
  const byBand = new Map<string, number[]>();
  const copiesByHash = new Map<string, ContextFacts['exact']>();
  const textsByReviewer = new Map<string, ContextFacts['reviewer']['previousBodyHashes']>();
  // An earlier review of the batch that is also stored (a re-score after an edit) counts with its new text only.
  const replaced = new Set<string>();
  const packed: Buffer[] = [];
  const outFacts: ContextFacts[] = [];
  const outCandidates: BandCandidate[][] = [];
  requests.forEach(({ review, fingerprint }, i) => {
    const copies = copiesByHash.get(fingerprint.exactHash) ?? [];
    const ownTexts = textsByReviewer.get(review.reviewerId) ?? [];
    const f = facts[i];
    outFacts.push({
      ...f,
      exact: [...f.exact.filter((m) => !replaced.has(m.reviewId)), ...copies].slice(0, EXACT_LIMIT),
      reviewer: { ...f.reviewer, previousBodyHashes: [...f.reviewer.previousBodyHashes, ...ownTexts].slice(0, AUTHOR_HASH_LIMIT) },
    });
    const shared = new Map<number, number>();
    for (const key of fingerprint.bandKeys) for (const j of byBand.get(key) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const inBatch = [...shared].map(([j, n]): BandCandidate => ({
      review_id: requests[j].review.id, reviewer_id: requests[j].review.reviewerId, product_id: requests[j].review.productId,
      signature: (packed[j] ??= packSignature(requests[j].fingerprint.signature)), shared: n,
    }));
    // Same order as the candidate query: most shared bands first, then the lowest id.
    outCandidates.push(inBatch.length === 0 ? candidates[i] : [...candidates[i].filter((c) => !replaced.has(c.review_id)), ...inBatch]
      .sort((a, b) => b.shared - a.shared || (a.review_id < b.review_id ? -1 : a.review_id > b.review_id ? 1 : 0)).slice(0, BAND_CANDIDATE_LIMIT));
    for (const key of fingerprint.bandKeys) append(byBand, key, i);
    append(copiesByHash, fingerprint.exactHash, { reviewId: review.id, reviewerId: review.reviewerId, productId: review.productId });
    append(textsByReviewer, review.reviewerId, { productId: review.productId, hash: fingerprint.exactHash });
    replaced.add(review.id);
  });
  return { facts: outFacts, candidates: outCandidates };
}

/** The lists are only ever read through a copy (spread), so appending in place is safe. */
function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

function buildContext({ review, fingerprint }: ContextRequest, facts: ContextFacts, candidates: BandCandidate[], rules: RuleSet,
  percentiles: Record<string, PercentileTable>): ScoringContext {
  const minSimilarity = rules.signals.near_duplicate.params.minSimilarity ?? 0.5;
  const nearDuplicates = candidates
    .map((c) => ({ c, similarity: estimateJaccardPacked(fingerprint.signature, c.signature) }))
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
      windowHours: NETWORK_WINDOW_HOURS, deviceWindowHours: ruleWindows(rules).device.windowHours, reviewersSharingIp: network.ip, reviewersSharingDevice: network.device, coReviewGroupSize: network.coReview,
      newAccountsOnIp: network.newAccountsOnIp,
    },
    featurePercentiles: percentiles,
  };
}
