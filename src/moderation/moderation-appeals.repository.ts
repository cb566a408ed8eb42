import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Assigned } from './moderation.dto.js';

export interface AppealRow {
  id: string; review_id: string; decision_id: string; statement: string; state: 'open' | 'claimed' | 'decided'; original_actor_id: string | null;
  claimed_by: string | null; lease_until: Date | null; version: number; outcome: 'uphold' | 'overturn' | null; decided_by: string | null;
  outcome_decision_id: string | null; note: string | null; created_at: Date; decided_at: Date | null;
  d_action: string; d_from_status: string | null; d_to_status: string; d_reason_code: string | null; d_created_at: Date;
}

const SELECT = `
  SELECT a.*, d.action AS d_action, d.from_status AS d_from_status, d.to_status AS d_to_status, d.reason_code AS d_reason_code, d.created_at AS d_created_at
    FROM moderation_appeals a JOIN decision_records d ON d.id = a.decision_id`;

@Injectable()
export class ModerationAppealsRepository {
  /** null when the decision already has an appeal (one per decision). */
  public async insert(manager: EntityManager, a: { reviewId: string; decisionId: string; statement: string; originalActorId: string | null }, now: Date): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO moderation_appeals (review_id, decision_id, statement, state, original_actor_id, created_at)
       VALUES ($1, $2, $3, 'open', $4, $5) ON CONFLICT (decision_id) DO NOTHING RETURNING id`,
      [a.reviewId, a.decisionId, a.statement, a.originalActorId, now],
    );
    return rows[0]?.id ?? null;
  }

  public async find(manager: EntityManager, id: string, lock = false): Promise<AppealRow | null> {
    const rows: AppealRow[] = await manager.query(`${SELECT} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** Oldest first: appeals are answered in order of arrival. Expired claims count as open. */
  public list(manager: EntityManager, q: { state?: string; assigned: Assigned; me: string; limit: number; offset: number }, now: Date): Promise<AppealRow[]> {
    const params: unknown[] = [];
    const bind = (v: unknown): string => `$${params.push(v)}`;
    const where = ['true'];
    const unassigned = (): string => `(a.state = 'open' OR (a.state = 'claimed' AND a.lease_until <= ${bind(now)}))`;
    if (q.state === 'open') where.push(unassigned());
    if (q.state === 'claimed') where.push(`(a.state = 'claimed' AND a.lease_until > ${bind(now)})`);
    if (q.state === 'decided') where.push(`a.state = 'decided'`);
    if (q.assigned === 'mine') where.push(`(a.state = 'claimed' AND a.claimed_by = ${bind(q.me)} AND a.lease_until > ${bind(now)})`);
    if (q.assigned === 'unassigned') where.push(unassigned());
    return manager.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.created_at, a.id LIMIT ${bind(q.limit)} OFFSET ${bind(q.offset)}`, params);
  }

  public async setClaim(manager: EntityManager, id: string, me: string | null, leaseUntil: Date | null): Promise<void> {
    await manager.query(
      `UPDATE moderation_appeals SET state = CASE WHEN $2::text IS NULL THEN 'open' ELSE 'claimed' END, claimed_by = $2, lease_until = $3,
              version = version + 1 WHERE id = $1`,
      [id, me, leaseUntil],
    );
  }

  public async close(manager: EntityManager, id: string, c: { outcome: string; by: string; decisionId: string; note: string | null }, now: Date): Promise<void> {
    await manager.query(
      `UPDATE moderation_appeals SET state = 'decided', outcome = $2, decided_by = $3, outcome_decision_id = $4, note = $5, decided_at = $6,
              lease_until = NULL, version = version + 1 WHERE id = $1`,
      [id, c.outcome, c.by, c.decisionId, c.note, now],
    );
  }

  public reporterRefs(manager: EntityManager, reviewId: string): Promise<{ id: string; reporter_ref: string }[]> {
    return manager.query('SELECT id, reporter_ref FROM moderation_reports WHERE review_id = $1', [reviewId]);
  }
}
