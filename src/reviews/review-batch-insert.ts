import type { Pool } from 'pg';
import { queryPrepared } from '../database/pg/prepared-query.js';
import { OUTBOX_INSERT_TARGET } from '../publishing/outbox.repository.js';
import { OutboxTopic } from '../publishing/outbox-topic.js';
import { channelItemKey, type NewReviewRow, type ReviewerUpsert } from './new-review-row.js';

/**
 * One new review: row without the ids this statement resolves (reviewer, matched purchase), its reviewer, and when
 * it was received. Every new review, single POST or bulk, live or import, is written by insertReviewBatch.
 */
export interface NewReviewWrite {
  row: Omit<NewReviewRow, 'reviewerId' | 'purchaseId'>;
  reviewer: ReviewerUpsert;
  receivedAt: Date;
}

export interface InsertedReview {
  id: string;
  verification: string;
}

/**
 * New reviews in one statement (data-modifying CTEs, atomic on its own, one commit), run as a named
 * prepared statement (queryPrepared) so PostgreSQL plans it once per connection: unnest the columns, upsert the
 * reviewers of reviews not yet stored (a resend must leave no reviewer row behind), match orders (the one
 * purchase-matching rule: this reviewer's order of this product on this channel), insert the reviews and their
 * `review.received` outbox rows. Reviewers, then reviews, are written sorted by channel and external id, so
 * concurrent writers take row locks in one order. A key that already exists is left alone. The reviewer rows
 * are locked for this one statement only (not for a request's whole transaction), which is what keeps
 * concurrent bulk requests sharing reviewers from queueing behind each other.
 */
const BATCH_SQL = `WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::uuid[], $8::uuid[],
                         $9::int[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::boolean[], $17::text[],
                         $18::text[], $19::text[], $20::text[], $21::text[], $22::timestamptz[], $23::int[], $24::int[],
                         $25::uuid[], $26::text[], $27::uuid[], $28::boolean[], $29::smallint[])
      AS i(channel_id, reviewer_ext, display_name, account_created_at, received_at, kind, product_id, merchant_id, rating, title, body,
           language, order_ref, media_urls, verification, incentivized, incentive_type, content_hash, ip_hash, device_hash, external_id,
           submitted_at, reviewer_rank, review_rank, parent_id, intake_mode, import_id, recommends, nps_score)),
  rv AS (
    INSERT INTO reviewers (channel_id, external_id, display_name, account_created_at, first_seen_at)
    SELECT channel_id, reviewer_ext, display_name, account_created_at, received_at FROM (
      SELECT DISTINCT ON (reviewer_rank) * FROM input i
       WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.channel_id = i.channel_id AND r.external_id = i.external_id)
       ORDER BY reviewer_rank, received_at DESC) latest
     ORDER BY reviewer_rank
    ON CONFLICT (channel_id, external_id) DO UPDATE
      SET display_name = COALESCE(EXCLUDED.display_name, reviewers.display_name),
          account_created_at = COALESCE(reviewers.account_created_at, EXCLUDED.account_created_at)
    RETURNING id, channel_id, external_id),
  matched AS (
    SELECT i.review_rank, rv.id AS reviewer_id,
           (SELECT p.id FROM purchases p WHERE i.order_ref IS NOT NULL AND p.channel_id = i.channel_id AND p.order_ref = i.order_ref
               AND p.product_id = i.product_id AND p.reviewer_id = rv.id LIMIT 1) AS purchase_id
      FROM input i JOIN rv ON rv.channel_id = i.channel_id AND rv.external_id = i.reviewer_ext),
  ins AS (
    INSERT INTO reviews (kind, channel_id, external_id, product_id, merchant_id, reviewer_id, parent_id, rating, title, body, language,
                         media_urls, order_ref, purchase_id, verification, incentivized, incentive_type, content_hash, ip_hash,
                         device_hash, submitted_at, intake_mode, import_id, recommends, nps_score, status, received_at, updated_at)
    SELECT i.kind, i.channel_id, i.external_id, i.product_id, i.merchant_id, m.reviewer_id, i.parent_id, i.rating, i.title, i.body, i.language,
           i.media_urls::jsonb, i.order_ref, m.purchase_id, CASE WHEN m.purchase_id IS NOT NULL THEN 'order_match' ELSE i.verification END,
           i.incentivized, i.incentive_type, i.content_hash, i.ip_hash, i.device_hash, i.submitted_at, i.intake_mode, i.import_id,
           i.recommends, i.nps_score, 'received', i.received_at, i.received_at
      FROM input i JOIN matched m ON m.review_rank = i.review_rank
     ORDER BY i.review_rank
    ON CONFLICT (channel_id, external_id) DO NOTHING
    RETURNING id, channel_id, external_id, verification, received_at, intake_mode),
  ob AS (
    -- Historical items are marked so consumers (and merchants' webhooks) can tell an import from new reviews.
    INSERT INTO ${OUTBOX_INSERT_TARGET}
    SELECT '${OutboxTopic.ReviewReceived}', 'review', id,
           CASE WHEN intake_mode = 'import' THEN '{"revision":1,"historical":true}'::jsonb ELSE '{"revision":1}'::jsonb END, received_at
      FROM ins)
  SELECT i.review_rank AS rank, ins.id, ins.verification
    FROM ins JOIN input i ON i.channel_id = ins.channel_id AND i.external_id = ins.external_id`;

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks of `keys` in sorted order (equal keys share a rank). */
function ranks(keys: string[]): number[] {
  const sorted = [...new Set(keys)].sort(byKey);
  const rankOf = new Map(sorted.map((key, rank) => [key, rank]));
  return keys.map((key) => rankOf.get(key) as number);
}

/**
 * Inserts new reviews in one statement. Results are in input order: the inserted row, or null when the
 * (channel, externalId) already existed — or repeats an earlier item of this batch, which is left for
 * the caller's general path (duplicate or edit) once this batch has committed.
 */
export async function insertReviewBatch(pool: Pool, writes: NewReviewWrite[]): Promise<(InsertedReview | null)[]> {
  const reviewKeys = writes.map((w) => channelItemKey(w.row.channelId, w.row.externalId));
  const firstOfKey = new Map<string, number>();
  reviewKeys.forEach((key, i) => void (firstOfKey.has(key) || firstOfKey.set(key, i)));
  const batch = [...firstOfKey.values()].map((i) => writes[i]);
  const reviewRanks = ranks(batch.map((w) => channelItemKey(w.row.channelId, w.row.externalId)));
  const reviewerRanks = ranks(batch.map((w) => channelItemKey(w.reviewer.channelId, w.reviewer.externalId)));
  const column = <T>(pick: (w: NewReviewWrite) => T): T[] => batch.map(pick);
  const rows = await queryPrepared<{ rank: number; id: string; verification: string }>(pool, BATCH_SQL, [
    column((w) => w.row.channelId), column((w) => w.reviewer.externalId), column((w) => w.reviewer.displayName), column((w) => w.reviewer.accountCreatedAt),
    column((w) => w.receivedAt), column((w) => w.row.kind), column((w) => w.row.productId), column((w) => w.row.merchantId), column((w) => w.row.rating),
    column((w) => w.row.title), column((w) => w.row.body), column((w) => w.row.language), column((w) => w.row.orderRef),
    column((w) => JSON.stringify(w.row.mediaUrls)), column((w) => w.row.verification), column((w) => w.row.incentivized), column((w) => w.row.incentiveType),
    column((w) => w.row.contentHash), column((w) => w.row.ipHash), column((w) => w.row.deviceHash), column((w) => w.row.externalId),
    column((w) => w.row.submittedAt), reviewerRanks, reviewRanks,
    column((w) => w.row.parentId), column((w) => w.row.intakeMode), column((w) => w.row.importId),
    column((w) => w.row.recommends), column((w) => w.row.npsScore),
  ]);
  const byRank = new Map(rows.map((r) => [r.rank, { id: r.id, verification: r.verification }]));
  const batchIndexOf = new Map([...firstOfKey.values()].map((writeIndex, batchIndex) => [writeIndex, batchIndex]));
  return writes.map((_, i) => {
    const batchIndex = batchIndexOf.get(i);
    return batchIndex === undefined ? null : byRank.get(reviewRanks[batchIndex]) ?? null;
  });
}
