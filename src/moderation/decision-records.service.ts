import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DecisionRecordEntity } from './decision-record.entity.js';

export type NewDecisionRecord = Omit<DecisionRecordEntity, 'id'>;

export interface DecisionRecordView {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  reasonCode: string | null;
  facts: Record<string, unknown>;
  ruleSetVersion: string | null;
  automated: boolean;
  actorType: string;
  redress: string | null;
  createdAt: string;
}

export const mapDecisionRecord = (d: DecisionRecordEntity): DecisionRecordView => ({
  id: d.id, action: d.action, fromStatus: d.fromStatus, toStatus: d.toStatus, reasonCode: d.reasonCode, facts: d.facts,
  ruleSetVersion: d.ruleSetVersion, automated: d.automated, actorType: d.actorType, redress: d.redress, createdAt: d.createdAt.toISOString(),
});

/** The newest human decision on a review, as an edit or a re-score needs it. */
export interface LastHumanDecision {
  id: string;
  action: string;
  reasonCode: string | null;
  fromStatus: string | null;
  toStatus: string;
  actorType: string;
  createdAt: string;
}

/** The statement-of-reasons log; append-only in the database. */
@Injectable()
export class DecisionRecordsService {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async record(manager: EntityManager, records: NewDecisionRecord[]): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM cannot type jsonb Record columns in insert()
    if (records.length > 0) await manager.getRepository(DecisionRecordEntity).insert(records as any[]);
  }

  /** One record; returns its id (statements and appeals refer to it). */
  public async recordOne(manager: EntityManager, record: NewDecisionRecord): Promise<string> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see record()
    const result = await manager.getRepository(DecisionRecordEntity).insert(record as any);
    return (result.identifiers[0] as { id: string }).id;
  }

  public findById(id: string, manager?: EntityManager): Promise<DecisionRecordEntity | null> {
    return (manager ?? this.db.manager).getRepository(DecisionRecordEntity).findOneBy({ id });
  }

  /** The newest record for a review (what the author most recently experienced). */
  public findLatestForReview(reviewId: string, manager?: EntityManager): Promise<DecisionRecordEntity | null> {
    return (manager ?? this.db.manager).getRepository(DecisionRecordEntity).findOne({ where: { reviewId }, order: { createdAt: 'DESC' } });
  }

  /** Per review, its newest human decision (escalations, which change nothing for the author, aside). */
  public async lastHumanDecisions(manager: EntityManager, reviewIds: string[]): Promise<Map<string, LastHumanDecision>> {
    if (reviewIds.length === 0) return new Map();
    const rows: { id: string; review_id: string; action: string; reason_code: string | null; from_status: string | null; to_status: string; actor_type: string; created_at: Date }[] =
      await manager.query(
        `SELECT DISTINCT ON (review_id) id, review_id, action, reason_code, from_status, to_status, actor_type, created_at
           FROM decision_records WHERE review_id = ANY($1::uuid[]) AND NOT automated AND action <> 'escalate'
          ORDER BY review_id, created_at DESC, id DESC`,
        [reviewIds],
      );
    return new Map(rows.map((r) => [r.review_id, {
      id: r.id, action: r.action, reasonCode: r.reason_code, fromStatus: r.from_status, toStatus: r.to_status, actorType: r.actor_type,
      createdAt: r.created_at.toISOString(),
    }]));
  }

  public async listForReview(reviewId: string): Promise<DecisionRecordView[]> {
    const rows = await this.db.getRepository(DecisionRecordEntity).find({ where: { reviewId }, order: { createdAt: 'ASC' } });
    return rows.map(mapDecisionRecord);
  }
}
