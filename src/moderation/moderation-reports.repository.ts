import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rowsOf } from './sql-rows.js';
import type { ReportRow } from './moderation-views.js';

export interface NewReport {
  reviewId: string;
  reporterRef: string;
  reporterRole: string;
  reporterKeyId: string;
  reporterMerchantId: string | null;
  reasonCode: string;
  note: string | null;
  weight: number;
}

export interface ReporterStatsRow {
  reporter_ref: string;
  reporter_role: string;
  reporter_merchant_id: string | null;
  total: number;
  open: number;
  upheld: number;
  rejected: number;
}

/** A report's resolution as the reporter may see it: the decision's action and public reason, never who took it or its internal note. */
export interface ReportOutcomeRow {
  id: string;
  state: 'open' | 'upheld' | 'rejected';
  resolved_at: Date | null;
  action: string | null;
  reason_code: string | null;
  reason_text: string | null;
}

const REPORT_COLUMNS = 'id, review_id, reporter_ref, reporter_role, reason_code, note, weight, state, created_at, resolved_at';

@Injectable()
export class ModerationReportsRepository {
  public async resolvedCounts(manager: EntityManager, reporterRef: string): Promise<{ upheld: number; rejected: number }> {
    const rows: { upheld: number; rejected: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE state = 'upheld')::int AS upheld, count(*) FILTER (WHERE state = 'rejected')::int AS rejected
         FROM moderation_reports WHERE reporter_ref = $1`,
      [reporterRef],
    );
    return rows[0];
  }

  /** null when this reporter already has an open report on the review (the partial unique index decides). */
  public async insert(manager: EntityManager, r: NewReport, now: Date): Promise<ReportRow | null> {
    const rows: ReportRow[] = await manager.query(
      `INSERT INTO moderation_reports (review_id, reporter_ref, reporter_role, reporter_key_id, reporter_merchant_id, reason_code, note, weight, state, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9)
       ON CONFLICT (review_id, reporter_ref) WHERE state = 'open' DO NOTHING RETURNING ${REPORT_COLUMNS}`,
      [r.reviewId, r.reporterRef, r.reporterRole, r.reporterKeyId, r.reporterMerchantId, r.reasonCode, r.note, r.weight, now],
    );
    return rows[0] ?? null;
  }

  public async findOpen(manager: EntityManager, reviewId: string, reporterRef: string): Promise<ReportRow | null> {
    const rows: ReportRow[] = await manager.query(
      `SELECT ${REPORT_COLUMNS} FROM moderation_reports WHERE review_id = $1 AND reporter_ref = $2 AND state = 'open'`, [reviewId, reporterRef],
    );
    return rows[0] ?? null;
  }

  /** Closes the review's open reports with the decision's verdict; returns them for notices. */
  public async resolveOpen(manager: EntityManager, reviewId: string, state: 'upheld' | 'rejected', decisionId: string, now: Date): Promise<ReportRow[]> {
    return rowsOf<ReportRow>(await manager.query(
      `UPDATE moderation_reports SET state = $2, resolved_at = $3, resolution_decision_id = $4
        WHERE review_id = $1 AND state = 'open' RETURNING ${REPORT_COLUMNS}`,
      [reviewId, state, now, decisionId],
    ));
  }

  public outcomes(manager: EntityManager, reportIds: string[]): Promise<ReportOutcomeRow[]> {
    return manager.query(
      `SELECT rep.id, rep.state, rep.resolved_at, d.action, d.reason_code, d.facts->>'reasonText' AS reason_text
         FROM moderation_reports rep LEFT JOIN decision_records d ON d.id = rep.resolution_decision_id
        WHERE rep.id = ANY($1::uuid[])`,
      [reportIds],
    );
  }

  public listForReview(manager: EntityManager, reviewId: string): Promise<ReportRow[]> {
    return manager.query(`SELECT ${REPORT_COLUMNS} FROM moderation_reports WHERE review_id = $1 ORDER BY created_at`, [reviewId]);
  }

  public reporterStats(manager: EntityManager, filter: { role?: string; merchantId?: string; limit: number }): Promise<ReporterStatsRow[]> {
    return manager.query(
      `SELECT reporter_ref, min(reporter_role) AS reporter_role, min(reporter_merchant_id::text) AS reporter_merchant_id,
              count(*)::int AS total, count(*) FILTER (WHERE state = 'open')::int AS open,
              count(*) FILTER (WHERE state = 'upheld')::int AS upheld, count(*) FILTER (WHERE state = 'rejected')::int AS rejected
         FROM moderation_reports
        WHERE ($1::text IS NULL OR reporter_role = $1) AND ($2::uuid IS NULL OR reporter_merchant_id = $2)
        GROUP BY reporter_ref ORDER BY count(*) DESC, reporter_ref LIMIT $3`,
      [filter.role ?? null, filter.merchantId ?? null, filter.limit],
    );
  }
}
