import { ApiProperty } from '@nestjs/swagger';
import { estimateJaccardPacked, unpackSignature } from '../scoring/domain/duplication/signature-codec.js';
import { toAspectFinding, type AspectFinding, type TaggedAspect } from '../scoring/domain/aspects/aspect-finding.js';
import { DecisionRecordView } from './decision-records.service.js';
import type { AuthorHistoryRow, CandidateRow, ScoreRow, StaffReviewRow } from './moderation-read.repository.js';
import { QueueItemView, ReportView } from './moderation-views.js';

/** Near-duplicates shown side by side need at least this estimated Jaccard similarity. */
export const DUPLICATE_THRESHOLD = 0.5;

export class DuplicateMatch {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public reviewId: string;

  @ApiProperty({ type: 'number' })
  public similarity: number;

  @ApiProperty({ type: 'boolean' })
  public exact: boolean;

  @ApiProperty({ type: 'boolean' })
  public sameAuthor: boolean;

  @ApiProperty({ type: 'boolean' })
  public sameProduct: boolean;

  @ApiProperty({ type: 'string' })
  public status: string;

  @ApiProperty({ type: 'number', nullable: true })
  public rating: number | null;

  @ApiProperty({ type: 'string', nullable: true })
  public title: string | null;

  @ApiProperty({ type: 'string' })
  public body: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public receivedAt: string;
}

export class ItemDetailView {
  @ApiProperty({ type: () => QueueItemView })
  public item: QueueItemView;

  @ApiProperty({ type: 'object', additionalProperties: true })
  public review: { id: string; kind: string; status: string; merchantId: string; productId: string; productName: string | null; channelId: string; channelCode: string | null; reviewerId: string; authorName: string | null; externalId: string; rating: number | null; title: string | null; body: string; language: string | null; mediaUrls: string[]; verification: string; incentivized: boolean; incentiveType: string | null; orderRef: string | null; purchaseId: string | null; ipHash: string | null; deviceHash: string | null; version: number; revision: number; submittedAt: string; receivedAt: string; lastEditedAt: string | null; intakeMode: 'live' | 'import'; };

  @ApiProperty({ type: 'object', additionalProperties: true, isArray: true })
  public authorHistory: { reviewId: string; productId: string; status: string; rating: number | null; title: string | null; excerpt: string; receivedAt: string; itemId: string | null; itemState: string | null; lastAction: string | null }[];

  @ApiProperty({ type: 'object', additionalProperties: true })
  public productContext: { productId: string; publishedCount: number; meanRating: number | null; byStatus: Record<string, number> };

  @ApiProperty({ type: () => DuplicateMatch, isArray: true })
  public duplicates: DuplicateMatch[];

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  public score: null | { revision: number; ruleSetVersion: string; fakeScore: number; verdict: string; priority: number; reasonCodes: string[]; language: string; sentiment: { label: string; score: number; confidence: number }; aspects: string[]; aspectDetails: AspectFinding[]; scoredAt: string; signals: { id: string; value: number; weight: number; contribution: number; reason: string; fired: boolean }[]; };

  @ApiProperty({ type: () => ReportView, isArray: true })
  public reports: ReportView[];

  @ApiProperty({ type: () => DecisionRecordView, isArray: true })
  public decisions: DecisionRecordView[];
}


/** Confirms LSH candidates with the MinHash estimate; exact-hash matches count as 1. Best first, at most 10. */
export function confirmDuplicates(own: Buffer, reviewerId: string, productId: string, candidates: CandidateRow[]): DuplicateMatch[] {
  const mine = unpackSignature(own);
  return candidates
    .map((c) => ({ c, similarity: c.exact ? 1 : c.signature ? estimateJaccardPacked(mine, c.signature) : 0 }))
    .filter((m) => m.similarity >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || a.c.review_id.localeCompare(b.c.review_id))
    .slice(0, 10)
    .map(({ c, similarity }) => ({
      reviewId: c.review_id, similarity: Math.round(similarity * 1000) / 1000, exact: c.exact, sameAuthor: c.reviewer_id === reviewerId,
      sameProduct: c.product_id === productId, status: c.status, rating: c.rating, title: c.title, body: c.body, receivedAt: c.received_at.toISOString(),
    }));
}

export function mapStaffReview(r: StaffReviewRow): ItemDetailView['review'] {
  return {
    id: r.id, kind: r.kind, status: r.status, merchantId: r.merchant_id, productId: r.product_id, productName: r.product_name, channelId: r.channel_id,
    channelCode: r.channel_code, reviewerId: r.reviewer_id, authorName: r.reviewer_name, externalId: r.external_id, rating: r.rating, title: r.title,
    body: r.body, language: r.language, mediaUrls: r.media_urls, verification: r.verification, incentivized: r.incentivized,
    incentiveType: r.incentive_type, orderRef: r.order_ref, purchaseId: r.purchase_id, ipHash: r.ip_hash, deviceHash: r.device_hash,
    version: r.version, revision: r.revision, submittedAt: r.submitted_at.toISOString(), receivedAt: r.received_at.toISOString(),
    lastEditedAt: r.last_edited_at ? r.last_edited_at.toISOString() : null, intakeMode: r.intake_mode,
  };
}

export const mapAuthorHistory = (rows: AuthorHistoryRow[]): ItemDetailView['authorHistory'] => rows.map((r) => ({
  reviewId: r.review_id, productId: r.product_id, status: r.status, rating: r.rating, title: r.title, excerpt: r.excerpt,
  receivedAt: r.received_at.toISOString(), itemId: r.item_id, itemState: r.item_state, lastAction: r.last_action,
}));

/** Every signal with its reason; `fired` marks those that moved the score. */
export function mapScore(s: ScoreRow | null): ItemDetailView['score'] {
  if (!s) return null;
  return {
    revision: s.revision, ruleSetVersion: s.rule_set_version, fakeScore: s.fake_score, verdict: s.verdict, priority: s.priority, reasonCodes: s.reason_codes,
    language: s.language, sentiment: { label: s.sentiment_label, score: s.sentiment_score, confidence: s.sentiment_confidence }, aspects: s.aspects,
    aspectDetails: (s.aspect_details.length > 0 ? (s.aspect_details as TaggedAspect[]) : s.aspects).map(toAspectFinding), scoredAt: s.scored_at.toISOString(),
    signals: s.signals.map((g) => ({ id: g.id, value: g.value, weight: g.weight, contribution: g.contribution, reason: g.reason, fired: g.contribution !== 0 })),
  };
}
