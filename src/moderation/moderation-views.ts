import { effectiveFromRankKey } from './domain/queue-rank.js';

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

export interface QueueItemView {
  id: string;
  reviewId: string;
  /** `claimed` only while the lease runs: an expired claim is shown (and claimable) as `open`. */
  state: 'open' | 'claimed' | 'decided';
  claimedBy: string | null;
  leaseUntil: string | null;
  version: number;
  priority: number;
  effectivePriority: number;
  fakeScore: number;
  reasonCodes: string[];
  source: string;
  escalated: boolean;
  reportCount: number;
  /** Reason codes given by the reports and merchant flags that raised the item (details: the item's `reports`). */
  reportReasons: string[];
  productExposure: number;
  createdAt: string;
  ageSeconds: number;
  decidedAt: string | null;
  /** The latest score's signal with the largest contribution (weight × normalised value); null when none raised the score. */
  leadingSignal: string | null;
  review: {
    status: string; merchantId: string; productId: string; channelId: string; language: string | null;
    rating: number | null; title: string | null; excerpt: string; receivedAt: string;
    /** When the shopper wrote it (event time), next to when Candor received it. */
    submittedAt: string;
    /** 'import' for history sent through bulk import mode. */
    intakeMode: 'live' | 'import';
    productName: string; merchantName: string; channelName: string; channelCode: string;
  };
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

export interface QueuePage {
  items: QueueItemView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ClaimResult {
  items: QueueItemView[];
  leaseSeconds: number;
}

export interface DecisionResult {
  itemId: string;
  reviewId: string;
  decisionId: string;
  action: string;
  fromStatus: string;
  toStatus: string;
  item: { state: string; version: number; escalated: boolean };
  statementUrl: string;
  /** Only when the request asked for `claimNext`: the item now claimed for the caller, or null if none was free. */
  next?: QueueItemView | null;
}

export interface BulkItemResult {
  itemId: string;
  ok: boolean;
  result?: DecisionResult;
  error?: { statusCode: number; code: string; message: string };
}

export interface BulkDecisionResult {
  succeeded: number;
  failed: number;
  results: BulkItemResult[];
}

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

export interface ReportView {
  id: string;
  reviewId: string;
  reporterRole: string;
  reasonCode: string;
  note: string | null;
  weight: number;
  state: string;
  createdAt: string;
  resolvedAt: string | null;
}

export const mapReport = (r: ReportRow): ReportView => ({
  id: r.id, reviewId: r.review_id, reporterRole: r.reporter_role, reasonCode: r.reason_code, note: r.note, weight: Math.round(r.weight * 1000) / 1000,
  state: r.state, createdAt: r.created_at.toISOString(), resolvedAt: r.resolved_at ? r.resolved_at.toISOString() : null,
});

export interface ReportResult {
  report: ReportView;
  /** false when this reporter already had an open report on the review (nothing new was counted). */
  created: boolean;
  item: { id: string; priority: number; reportCount: number };
}
