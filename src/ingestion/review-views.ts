/**
 * Role-shaped views of one review (pure). Storefronts get the public view; the owning merchant adds status and
 * the text analysis (language, sentiment, aspects) but no fraud internals; the submitting channel gets its own
 * identifiers and the decisions as the author may learn them; staff get everything, notes and signals included.
 */
import type { DecisionRecordView } from '../moderation/decision-records.service.js';
import { maskDisplayName } from '../reviews/domain/mask-display-name.js';
import type { ReviewRevisionEntity } from '../reviews/review-revision.entity.js';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { toAspectFinding, type TaggedAspect } from '../scoring/domain/aspects/aspect-finding.js';
import type { LatestScoreRow } from './review-analysis.repository.js';
import type {
  ChannelRefDto, ChannelReviewViewDto, DecisionSummaryDto, IdentifiedReviewViewDto, MerchantAnalysisDto, MerchantReviewViewDto,
  PublicReviewViewDto, StaffAnalysisDto, StaffReviewViewDto,
} from './review-view.dto.js';

export function mapPublicReview(r: ReviewEntity, authorName: string | null, channel: ChannelRefDto): PublicReviewViewDto {
  return {
    id: r.id, kind: r.kind, productId: r.productId, channel, rating: r.rating, title: r.title, body: r.body, language: r.language,
    mediaUrls: r.mediaUrls, author: maskDisplayName(authorName), verification: r.verification, incentivized: r.incentivized,
    incentiveType: r.incentiveType, folded: r.status === 'folded', edited: r.revision > 1, submittedAt: r.submittedAt.toISOString(),
  };
}

/** Rows scored before aspect_details existed have only the names. */
function aspectsOf(score: LatestScoreRow): TaggedAspect[] {
  return score.aspect_details.length > 0 ? (score.aspect_details as TaggedAspect[]) : score.aspects;
}

export function mapMerchantAnalysis(r: ReviewEntity, score: LatestScoreRow | null): MerchantAnalysisDto {
  return {
    declaredLanguage: r.language,
    detectedLanguage: score?.language ?? null,
    sentiment: score ? { label: score.sentiment_label, score: score.sentiment_score, confidence: score.sentiment_confidence } : null,
    aspects: score ? aspectsOf(score).map(toAspectFinding) : [],
    scoredRevision: score?.revision ?? null,
  };
}

export function mapStaffAnalysis(r: ReviewEntity, score: LatestScoreRow | null): StaffAnalysisDto {
  return {
    ...mapMerchantAnalysis(r, score),
    fakeScore: score?.fake_score ?? null,
    signals: (score?.signals ?? []).map((s) => ({ id: s.id, value: s.value, weight: s.weight, contribution: s.contribution, reason: s.reason })),
    ruleSetVersion: score?.rule_set_version ?? null,
  };
}

export function mapMerchantReview(r: ReviewEntity, authorName: string | null, channel: ChannelRefDto, score: LatestScoreRow | null): MerchantReviewViewDto {
  return {
    ...mapPublicReview(r, authorName, channel), status: r.status, merchantId: r.merchantId, receivedAt: r.receivedAt.toISOString(),
    intakeMode: r.intakeMode, analysis: mapMerchantAnalysis(r, score),
  };
}

function mapIdentified(r: ReviewEntity, authorName: string | null, channel: ChannelRefDto, revisions: ReviewRevisionEntity[]): IdentifiedReviewViewDto {
  return {
    ...mapPublicReview(r, authorName, channel), status: r.status, merchantId: r.merchantId, receivedAt: r.receivedAt.toISOString(),
    externalId: r.externalId, reviewerId: r.reviewerId, parentId: r.parentId, orderRef: r.orderRef, purchaseId: r.purchaseId, ipHash: r.ipHash,
    deviceHash: r.deviceHash, intakeMode: r.intakeMode, importId: r.importId, version: r.version, revision: r.revision,
    history: revisions.map((v) => ({ revision: v.revision, rating: v.rating, title: v.title, body: v.body, mediaUrls: v.mediaUrls, supersededAt: v.supersededAt.toISOString() })),
  };
}

/** What the statement of reasons tells the author; facts (notes, signals, scores) stay internal. */
export function summarizeDecision(d: DecisionRecordView): DecisionSummaryDto {
  const reasonText = typeof d.facts.reasonText === 'string' ? d.facts.reasonText : null;
  return {
    id: d.id, action: d.action, fromStatus: d.fromStatus, toStatus: d.toStatus, reasonCode: d.reasonCode, reasonText, automated: d.automated,
    redress: d.redress, createdAt: d.createdAt,
  };
}

export function mapChannelReview(
  r: ReviewEntity, authorName: string | null, channel: ChannelRefDto, revisions: ReviewRevisionEntity[], decisions: DecisionRecordView[],
): ChannelReviewViewDto {
  return { ...mapIdentified(r, authorName, channel, revisions), decisions: decisions.map(summarizeDecision) };
}

export function mapStaffReview(
  r: ReviewEntity, authorName: string | null, channel: ChannelRefDto, revisions: ReviewRevisionEntity[], decisions: DecisionRecordView[],
  score: LatestScoreRow | null,
): StaffReviewViewDto {
  return { ...mapIdentified(r, authorName, channel, revisions), decisions, analysis: mapStaffAnalysis(r, score) };
}
