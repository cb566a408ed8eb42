import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetOrder, keysetPredicate, sqlTimestampKey, type CursorKey, type KeysetColumn } from '../common/pagination/keyset-cursor.js';

export type MerchantSort = 'recent' | 'unanswered_first' | 'negative_first' | 'sentiment_asc' | 'sentiment_desc';

export interface MerchantReviewFilter {
  merchantId: string | null;
  sort: MerchantSort;
  answered?: boolean;
  negative?: boolean;
  channel?: string;
  aspect?: string;
  sentiment?: string;
  status?: string;
  after?: CursorKey;
  limit: number;
}

/** Only what a merchant may see: no reviewer id, email, order ref, IP/device hash. */
export interface MerchantReviewRow {
  id: string;
  product_id: string;
  merchant_id: string;
  channel_code: string;
  channel_type: string;
  rating: number | null;
  title: string | null;
  body: string;
  language: string | null;
  verification: string;
  incentivized: boolean;
  status: string;
  revision: number;
  submitted_at: Date;
  received_at: Date;
  display_name: string | null;
  sentiment_label: string | null;
  sentiment_score: number | null;
  aspects: string[] | null;
  response_id: string | null;
  response_state: string | null;
  answered: boolean;
  negative: boolean;
  flags: string[];
  k_rank: number;
  k_time: string;
}

/** Negative = low stars or negative sentiment: it routes attention, never publication. */
const NEGATIVE = `(r.rating <= 2 OR s.sentiment_label = 'negative')`;
/** The leading sort key; sentiment sorts put reviews not scored yet last (scores are in -1..1). */
const RANK: Record<MerchantSort, { expr: string; cast: string }> = {
  recent: { expr: '0::int', cast: 'int' },
  unanswered_first: { expr: `(CASE WHEN mr.published_version IS NULL THEN 0 ELSE 1 END)`, cast: 'int' },
  negative_first: { expr: `(CASE WHEN ${NEGATIVE} THEN 0 ELSE 1 END)`, cast: 'int' },
  sentiment_asc: { expr: 'COALESCE(s.sentiment_score, 2)::float8', cast: 'float8' },
  sentiment_desc: { expr: 'COALESCE(-s.sentiment_score, 2)::float8', cast: 'float8' },
};

@Injectable()
export class MerchantReviewsRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async list(f: MerchantReviewFilter): Promise<MerchantReviewRow[]> {
    const keys: KeysetColumn[] = [
      { ...RANK[f.sort], dir: 'asc' }, { expr: 'r.received_at', dir: 'desc', cast: 'timestamptz' }, { expr: 'r.id', dir: 'desc', cast: 'uuid' },
    ];
    const params: unknown[] = [f.limit];
    const where = [`r.kind = 'review'`];
    const add = (sql: (p: string) => string, value: unknown): void => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (f.merchantId) add((p) => `r.merchant_id = ${p}::uuid`, f.merchantId);
    if (f.channel) add((p) => `ch.code = ${p}`, f.channel);
    if (f.status) add((p) => `r.status = ${p}`, f.status);
    if (f.aspect) add((p) => `${p} = ANY(s.aspects)`, f.aspect);
    if (f.sentiment) add((p) => `s.sentiment_label = ${p}`, f.sentiment);
    if (f.answered !== undefined) where.push(f.answered ? 'mr.published_version IS NOT NULL' : 'mr.published_version IS NULL');
    if (f.negative !== undefined) where.push(f.negative ? NEGATIVE : `NOT COALESCE(${NEGATIVE}, false)`);
    if (f.after) {
      where.push(keysetPredicate(keys, params.length + 1));
      params.push(...f.after);
    }
    return this.db.query(
      `SELECT r.id, r.product_id, r.merchant_id, ch.code AS channel_code, ch.type AS channel_type, r.rating, r.title, r.body, r.language,
              r.verification, r.incentivized, r.status, r.revision, r.submitted_at, r.received_at, rv.display_name,
              s.sentiment_label, s.sentiment_score, s.aspects, mr.id AS response_id, mr.state AS response_state,
              (mr.published_version IS NOT NULL) AS answered, COALESCE(${NEGATIVE}, false) AS negative,
              ARRAY(SELECT f.reason_code FROM review_flags f JOIN moderation_reports rep ON rep.id = f.report_id
                     WHERE f.review_id = r.id AND rep.state = 'open' ORDER BY f.reason_code) AS flags,
              ${RANK[f.sort].expr} AS k_rank, ${sqlTimestampKey('r.received_at')} AS k_time
         FROM reviews r
         JOIN channels ch ON ch.id = r.channel_id
         JOIN reviewers rv ON rv.id = r.reviewer_id
         LEFT JOIN LATERAL (SELECT sentiment_label, sentiment_score, aspects FROM review_scores WHERE review_id = r.id ORDER BY revision DESC, id DESC LIMIT 1) s ON true
         LEFT JOIN merchant_responses mr ON mr.review_id = r.id AND mr.visibility = 'public'
        WHERE ${where.join(' AND ')}
        ORDER BY ${keysetOrder(keys)} LIMIT $1`,
      params,
    );
  }
}
