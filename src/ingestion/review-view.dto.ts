/**
 * Response shapes of `GET /v1/reviews/:id`, one per role (issue 16 item 4, issue 15 item 6). Classes so OpenAPI
 * documents them; the mappers in review-views.ts build them. What each role may see is listed in
 * test/e2e/review-views.e2e-spec.ts, field by field.
 */
import { ApiProperty } from '@nestjs/swagger';
import { CONTENT_KINDS, INTAKE_MODES, type IntakeMode } from '../reviews/review-status.js';

export class ChannelRefDto {
  @ApiProperty() public code: string;
  @ApiProperty() public type: string;
}

/** Storefront: what the public sees. */
export class PublicReviewViewDto {
  @ApiProperty({ format: 'uuid' }) public id: string;
  @ApiProperty({ enum: CONTENT_KINDS }) public kind: string;
  @ApiProperty({ format: 'uuid' }) public productId: string;
  @ApiProperty({ type: ChannelRefDto }) public channel: ChannelRefDto;
  @ApiProperty({ type: 'integer', nullable: true }) public rating: number | null;
  @ApiProperty({ type: 'string', nullable: true }) public title: string | null;
  @ApiProperty() public body: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Language the channel declared' }) public language: string | null;
  @ApiProperty({ type: [String] }) public mediaUrls: string[];
  @ApiProperty({ description: 'Masked display name' }) public author: string;
  @ApiProperty() public verification: string;
  @ApiProperty() public incentivized: boolean;
  @ApiProperty({ type: 'string', nullable: true }) public incentiveType: string | null;
  @ApiProperty() public folded: boolean;
  @ApiProperty() public edited: boolean;
  @ApiProperty({ format: 'date-time' }) public submittedAt: string;
}

export class EvidenceSpanDto {
  @ApiProperty({ type: 'integer', description: 'Code-point offset into the scored text (title, newline, body)' }) public start: number;
  @ApiProperty({ type: 'integer' }) public end: number;
  @ApiProperty() public text: string;
}

export class AspectFindingDto {
  @ApiProperty({ example: 'logistics' }) public aspect: string;
  @ApiProperty({ type: 'string', enum: ['positive', 'negative', 'neutral', 'mixed'], nullable: true, description: 'null until the tagger reports polarity' })
  public polarity: string | null;

  @ApiProperty({ type: EvidenceSpanDto, nullable: true }) public evidence: EvidenceSpanDto | null;
}

export class SentimentDto {
  @ApiProperty({ enum: ['positive', 'negative', 'mixed', 'neutral'] }) public label: string;
  @ApiProperty({ description: '-1 (negative) .. 1 (positive)' }) public score: number;
  @ApiProperty({ description: '0..1' }) public confidence: number;
}

/** Merchant (own products): language, sentiment and aspects; no fraud internals. */
export class MerchantAnalysisDto {
  @ApiProperty({ type: 'string', nullable: true }) public declaredLanguage: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'null until scored' }) public detectedLanguage: string | null;
  @ApiProperty({ type: SentimentDto, nullable: true }) public sentiment: SentimentDto | null;
  @ApiProperty({ type: [AspectFindingDto] }) public aspects: AspectFindingDto[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'Revision the analysis was computed on' }) public scoredRevision: number | null;
}

export class SignalViewDto {
  @ApiProperty() public id: string;
  @ApiProperty() public value: number;
  @ApiProperty() public weight: number;
  @ApiProperty() public contribution: number;
  @ApiProperty() public reason: string;
}

/** Admin and moderator: everything the engine stored. */
export class StaffAnalysisDto extends MerchantAnalysisDto {
  @ApiProperty({ type: 'number', nullable: true, description: '0..1' }) public fakeScore: number | null;
  @ApiProperty({ type: [SignalViewDto] }) public signals: SignalViewDto[];
  @ApiProperty({ type: 'string', nullable: true }) public ruleSetVersion: string | null;
}

export class MerchantReviewViewDto extends PublicReviewViewDto {
  @ApiProperty() public status: string;
  @ApiProperty({ format: 'uuid' }) public merchantId: string;
  @ApiProperty({ format: 'date-time' }) public receivedAt: string;
  @ApiProperty({ enum: INTAKE_MODES, description: "'import' for history sent through bulk import mode (consoles badge it)" }) public intakeMode: IntakeMode;
  @ApiProperty({ type: MerchantAnalysisDto }) public analysis: MerchantAnalysisDto;
}

export class RevisionViewDto {
  @ApiProperty({ type: 'integer' }) public revision: number;
  @ApiProperty({ type: 'integer', nullable: true }) public rating: number | null;
  @ApiProperty({ type: 'string', nullable: true }) public title: string | null;
  @ApiProperty() public body: string;
  @ApiProperty({ type: [String] }) public mediaUrls: string[];
  @ApiProperty({ format: 'date-time' }) public supersededAt: string;
}

class DecisionBaseDto {
  @ApiProperty({ format: 'uuid' }) public id: string;
  @ApiProperty() public action: string;
  @ApiProperty({ type: 'string', nullable: true }) public fromStatus: string | null;
  @ApiProperty() public toStatus: string;
  @ApiProperty({ type: 'string', nullable: true }) public reasonCode: string | null;
  @ApiProperty() public automated: boolean;
  @ApiProperty({ type: 'string', nullable: true }) public redress: string | null;
  @ApiProperty({ format: 'date-time' }) public createdAt: string;
}

/** A decision as the author may learn it (the statement of reasons): no notes, signals, scores or actors. */
export class DecisionSummaryDto extends DecisionBaseDto {
  @ApiProperty({ type: 'string', nullable: true, description: 'The text written for the author' }) public reasonText: string | null;
}

/** The decision record as staff see it, internal facts (notes, signals) included. */
export class DecisionRecordDto extends DecisionBaseDto {
  @ApiProperty({ type: 'object', additionalProperties: true }) public facts: Record<string, unknown>;
  @ApiProperty({ type: 'string', nullable: true }) public ruleSetVersion: string | null;
  @ApiProperty() public actorType: string;
}

/** Identifiers the submitting channel sent (hashed where personal), and the revision history. */
export class IdentifiedReviewViewDto extends PublicReviewViewDto {
  @ApiProperty() public status: string;
  @ApiProperty({ format: 'uuid' }) public merchantId: string;
  @ApiProperty({ format: 'date-time' }) public receivedAt: string;
  @ApiProperty() public externalId: string;
  @ApiProperty({ format: 'uuid' }) public reviewerId: string;
  @ApiProperty({ type: 'string', nullable: true }) public parentId: string | null;
  @ApiProperty({ type: 'string', nullable: true }) public orderRef: string | null;
  @ApiProperty({ type: 'string', nullable: true }) public purchaseId: string | null;
  @ApiProperty({ type: 'string', nullable: true }) public ipHash: string | null;
  @ApiProperty({ type: 'string', nullable: true }) public deviceHash: string | null;
  @ApiProperty({ enum: INTAKE_MODES, description: "'import' for history sent through bulk import mode" }) public intakeMode: IntakeMode;
  @ApiProperty({ type: 'string', nullable: true, format: 'uuid', description: 'The import (GET /v1/imports/:id) that brought this review in' }) public importId: string | null;
  @ApiProperty({ type: 'integer' }) public version: number;
  @ApiProperty({ type: 'integer' }) public revision: number;
  @ApiProperty({ type: [RevisionViewDto] }) public history: RevisionViewDto[];
}

/** The submitting channel: its own identifiers and the author-facing decisions; no analysis. */
export class ChannelReviewViewDto extends IdentifiedReviewViewDto {
  @ApiProperty({ type: [DecisionSummaryDto] }) public decisions: DecisionSummaryDto[];
}

export class StaffReviewViewDto extends IdentifiedReviewViewDto {
  @ApiProperty({ type: [DecisionRecordDto] }) public decisions: DecisionRecordDto[];
  @ApiProperty({ type: StaffAnalysisDto }) public analysis: StaffAnalysisDto;
}

export type ReviewViewDto = PublicReviewViewDto | MerchantReviewViewDto | ChannelReviewViewDto | StaffReviewViewDto;

