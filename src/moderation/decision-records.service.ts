import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DecisionRecordEntity } from './decision-record.entity.js';

export type NewDecisionRecord = Omit<DecisionRecordEntity, 'id'>;

export class DecisionRecordView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string' })
  public action: string;

  @ApiProperty({ type: 'string', nullable: true })
  public fromStatus: string | null;

  @ApiProperty({ type: 'string' })
  public toStatus: string;

  @ApiProperty({ type: 'string', nullable: true })
  public reasonCode: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  public facts: Record<string, unknown>;

  @ApiProperty({ type: 'string', nullable: true })
  public ruleSetVersion: string | null;

  @ApiProperty({ type: 'boolean' })
  public automated: boolean;

  @ApiProperty({ type: 'string' })
  public actorType: string;

  @ApiProperty({ type: 'string', nullable: true })
  public redress: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;
}

export const mapDecisionRecord = (d: DecisionRecordEntity): DecisionRecordView => ({
  id: d.id, action: d.action, fromStatus: d.fromStatus, toStatus: d.toStatus, reasonCode: d.reasonCode, facts: d.facts,
  ruleSetVersion: d.ruleSetVersion, automated: d.automated, actorType: d.actorType, redress: d.redress, createdAt: d.createdAt.toISOString(),
});

/** The newest human decision on a review, as an edit or a re-score needs it. */
export class LastHumanDecision {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string' })
  public action: string;

  @ApiProperty({ type: 'string', nullable: true })
  public reasonCode: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  public fromStatus: string | null;

  @ApiProperty({ type: 'string' })
  public toStatus: string;

  @ApiProperty({ type: 'string' })
  public actorType: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;
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
