import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { effectiveFromRankKey } from './domain/queue-rank.js';
import type { Statement } from './domain/statement.js';

/** Row shape of the queue query (snake_case from SQL). */
export interface QueueRow {
  id: string;
  review_id: string;
  state: 'open' | 'claimed' | 'decided';
  priority: number;
  reason_codes: string[];
  fake_score: number;
  source: string;
  claimed_by: string | null;
  lease_until: Date | null;
  version: number;
  created_at: Date;
  decided_at: Date | null;
  escalated: boolean;
  product_exposure: number;
  queue_rank: number;
  report_count: number;
  report_reasons: string[];
  merchant_id: string;
  product_id: string;
  channel_id: string;
  language: string | null;
  rating: number | null;
  title: string | null;
  excerpt: string;
  review_status: string;
  received_at: Date;
  submitted_at: Date;
  intake_mode: 'live' | 'import';
  product_name: string;
  merchant_name: string;
  channel_name: string;
  channel_code: string;
  leading_signal: string | null;
}

/** The review a queue item is about, as `GET /v1/moderation/queue` shows it. */
export class QueueReviewView {
  @ApiProperty({ type: 'string' }) public status: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) public merchantId: string;
  @ApiProperty({ type: 'string' }) public merchantName: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) public productId: string;
  @ApiProperty({ type: 'string' }) public productName: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) public channelId: string;
  @ApiProperty({ type: 'string' }) public channelName: string;
  @ApiProperty({ type: 'string' }) public channelCode: string;
  @ApiProperty({ type: 'string', nullable: true }) public language: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) public rating: number | null;
  @ApiProperty({ type: 'string', nullable: true }) public title: string | null;
  @ApiProperty({ type: 'string', description: 'The first 280 characters of the body' }) public excerpt: string;
  @ApiProperty({ type: 'string', format: 'date-time', description: 'When the shopper wrote it (event time)' }) public submittedAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', description: 'When Candor received it (the SLA clock)' }) public receivedAt: string;
  @ApiProperty({ enum: ['live', 'import'], description: "'import' for history sent through bulk import mode (the console badges it)" })
  public intakeMode: 'live' | 'import';
}

export class QueueItemView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public reviewId: string;

  @ApiProperty({ enum: ['open', 'claimed', 'decided'], description: '`claimed` only while the lease runs: an expired claim is shown (and claimable) as `open`.' })
  public state: 'open' | 'claimed' | 'decided';

  @ApiProperty({ type: 'string', nullable: true })
  public claimedBy: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public leaseUntil: string | null;

  @ApiProperty({ type: 'integer' })
  public version: number;

  @ApiProperty({ type: 'number' })
  public priority: number;

  @ApiProperty({ type: 'number', description: 'Priority with product exposure and waiting time: the queue order' })
  public effectivePriority: number;

  @ApiProperty({ type: 'number' })
  public fakeScore: number;

  @ApiProperty({ type: 'string', isArray: true })
  public reasonCodes: string[];

  @ApiProperty({ type: 'string' })
  public source: string;

  @ApiProperty({ type: 'boolean' })
  public escalated: boolean;

  @ApiProperty({ type: 'integer' })
  public reportCount: number;

  @ApiProperty({ type: 'string', isArray: true, description: "Reason codes given by the reports and merchant flags that raised the item (details: the item's `reports`)." })
  public reportReasons: string[];

  @ApiProperty({ type: 'number' })
  public productExposure: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;

  @ApiProperty({ type: 'integer' })
  public ageSeconds: number;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public decidedAt: string | null;

  @ApiProperty({
    type: 'string', nullable: true, example: 'incentive_undisclosed',
    description: "The latest score's signal with the largest contribution (weight × normalised value); null when none raised the score.",
  })
  public leadingSignal: string | null;

  @ApiProperty({ type: () => QueueReviewView })
  public review: QueueReviewView;
}

export function mapQueueItem(r: QueueRow, now: Date): QueueItemView {
  const active = r.state === 'claimed' && r.lease_until !== null && r.lease_until.getTime() > now.getTime();
  const state = r.state === 'claimed' && !active ? 'open' : r.state;
  return {
    id: r.id, reviewId: r.review_id, state, claimedBy: active ? r.claimed_by : null, leaseUntil: active && r.lease_until ? r.lease_until.toISOString() : null,
    version: r.version, priority: r.priority, effectivePriority: Math.round(effectiveFromRankKey(r.queue_rank, now) * 10) / 10,
    fakeScore: r.fake_score, reasonCodes: r.reason_codes, source: r.source, escalated: r.escalated, reportCount: r.report_count, reportReasons: r.report_reasons ?? [],
    productExposure: r.product_exposure, createdAt: r.created_at.toISOString(),
    ageSeconds: Math.max(0, Math.round((now.getTime() - r.created_at.getTime()) / 1000)),
    decidedAt: r.decided_at ? r.decided_at.toISOString() : null, leadingSignal: r.leading_signal,
    review: {
      status: r.review_status, merchantId: r.merchant_id, productId: r.product_id, channelId: r.channel_id, language: r.language,
      rating: r.rating, title: r.title, excerpt: r.excerpt, receivedAt: r.received_at.toISOString(), submittedAt: r.submitted_at.toISOString(),
      intakeMode: r.intake_mode, productName: r.product_name, merchantName: r.merchant_name, channelName: r.channel_name, channelCode: r.channel_code,
    },
  };
}

export class QueuePage {
  @ApiProperty({ type: () => QueueItemView, isArray: true })
  public items: QueueItemView[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  public nextCursor: string | null;
}

export class ClaimResult {
  @ApiProperty({ type: () => QueueItemView, isArray: true })
  public items: QueueItemView[];

  @ApiProperty({ type: 'number' })
  public leaseSeconds: number;
}

export class DecisionResult {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public itemId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public reviewId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public decisionId: string;

  @ApiProperty({ type: 'string' })
  public action: string;

  @ApiProperty({ type: 'string' })
  public fromStatus: string;

  @ApiProperty({ type: 'string' })
  public toStatus: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  public item: { state: string; version: number; escalated: boolean };

  @ApiProperty({ type: 'string' })
  public statementUrl: string;

  @ApiPropertyOptional({ type: () => QueueItemView, nullable: true, description: 'Only when the request asked for `claimNext`: the item now claimed for the caller, or null if none was free.' })
  public next?: QueueItemView | null;
}

export class BulkDecisionItemResult {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public itemId: string;

  @ApiProperty({ type: 'boolean' })
  public ok: boolean;

  @ApiPropertyOptional({ type: () => DecisionResult })
  public result?: DecisionResult;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  public error?: { statusCode: number; code: string; message: string };
}

export class BulkDecisionResult {
  @ApiProperty({ type: 'number' })
  public succeeded: number;

  @ApiProperty({ type: 'number' })
  public failed: number;

  @ApiProperty({ type: () => BulkDecisionItemResult, isArray: true })
  public results: BulkDecisionItemResult[];
}

/** Row shape of the reports queries (snake_case from SQL); not a response, so not in the spec. */
export interface ReportRow {
  id: string;
  review_id: string;
  reporter_ref: string;
  reporter_role: string;
  reason_code: string;
  note: string | null;
  weight: number;
  state: string;
  created_at: Date;
  resolved_at: Date | null;
}

export class ReportView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public reviewId: string;

  @ApiProperty({ type: 'string' })
  public reporterRole: string;

  @ApiProperty({ type: 'string' })
  public reasonCode: string;

  @ApiProperty({ type: 'string', nullable: true })
  public note: string | null;

  @ApiProperty({ type: 'number' })
  public weight: number;

  @ApiProperty({ type: 'string' })
  public state: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public resolvedAt: string | null;
}

export const mapReport = (r: ReportRow): ReportView => ({
  id: r.id, reviewId: r.review_id, reporterRole: r.reporter_role, reasonCode: r.reason_code, note: r.note, weight: Math.round(r.weight * 1000) / 1000,
  state: r.state, createdAt: r.created_at.toISOString(), resolvedAt: r.resolved_at ? r.resolved_at.toISOString() : null,
});

export class ReportResult {
  @ApiProperty({ type: () => ReportView })
  public report: ReportView;

  @ApiProperty({ type: 'boolean', description: 'false when this reporter already had an open report on the review (nothing new was counted).' })
  public created: boolean;

  @ApiProperty({ type: 'object', additionalProperties: true })
  public item: { id: string; priority: number; reportCount: number };
}

/** The pure domain Statement (DSA art. 17 statement of reasons) as documented in the contract. */
export class StatementView implements Statement {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public decisionId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public reviewId: string;

  @ApiProperty({ type: 'string', example: 'fold' })
  public action: string;

  @ApiProperty({ type: 'string', description: 'What the decision means for the review, in plain words' })
  public outcome: string;

  @ApiProperty({ type: 'string', nullable: true, example: 'duplicate' })
  public reasonCode: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  public reason: string | null;

  @ApiProperty({ type: 'boolean', description: 'Taken by automated means (rules) rather than a person' })
  public automated: boolean;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public decidedAt: string;

  @ApiProperty({ type: 'boolean' })
  public appealable: boolean;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'Six months after the decision' })
  public appealDeadline: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'How to seek redress' })
  public redress: string | null;

  @ApiProperty({ type: 'string', description: 'The whole statement as text' })
  public text: string;
}
