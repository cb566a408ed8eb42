import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TransparencyInput } from './domain/transparency.js';

type Counts = Omit<TransparencyInput, 'from' | 'to' | 'generatedAt' | 'automation'>;

/**
 * Grouped counts for the transparency report, straight from the statement-of-reasons
 * log. A periodic admin report, so a range scan here is acceptable (dashboards use rollups).
 */
@Injectable()
export class ReputationReportRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async transparencyCounts(start: Date, end: Date): Promise<Counts> {
    const [received, status, decisions, appeals, reports] = await Promise.all([
      this.db.query(`SELECT kind, count(*)::int AS count FROM reviews WHERE received_at >= $1 AND received_at < $2 GROUP BY kind`, [start, end]),
      this.db.query(`SELECT status, count(*)::int AS count FROM reviews WHERE received_at >= $1 AND received_at < $2 GROUP BY status`, [start, end]),
      this.db.query(
        `SELECT action, to_status AS "toStatus", reason_code AS "reasonCode", automated, count(*)::int AS count
           FROM decision_records WHERE created_at >= $1 AND created_at < $2 GROUP BY action, to_status, reason_code, automated`, [start, end]),
      this.db.query(`SELECT state, outcome, count(*)::int AS count FROM moderation_appeals WHERE created_at >= $1 AND created_at < $2 GROUP BY state, outcome`, [start, end]),
      this.db.query(`SELECT state, reason_code AS "reasonCode", count(*)::int AS count FROM moderation_reports WHERE created_at >= $1 AND created_at < $2 GROUP BY state, reason_code`, [start, end]),
    ]);
    return { receivedByKind: received, statusOfReceived: status, decisions, appeals, reports };
  }
}
