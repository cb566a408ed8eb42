import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { AppConfigService } from '../config/app-config.service.js';
import { AutomationAccuracyRepository } from './automation-accuracy.repository.js';
import { type AutomationAccuracy, buildAutomationAccuracy } from './domain/automation-accuracy.js';
import type { StatsQueryDto } from './moderation.dto.js';
import { ModerationError, ModerationErrorCode } from './moderation.error.js';

export class ModerationStatsView {
  @ApiProperty({ type: 'string', format: 'date-time' })
  public at: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  public period: { from: string; to: string };

  @ApiProperty({ type: 'number' })
  public slaHours: number;

  @ApiProperty({ type: 'object', additionalProperties: true })
  public queue: { open: number; claimed: number; escalated: number; total: number; appealsOpen: number; reportsOpen: number };

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Age of open and claimed items, from when they were queued.' })
  public ageSeconds: { p50: number | null; p90: number | null; p99: number | null; oldest: number | null };

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Receipt of the review → first human decision, for first decisions taken inside the period.' })
  public timeToFirstDecisionSeconds: { count: number; p50: number | null; p90: number | null };

  @ApiProperty({ type: 'object', additionalProperties: true })
  public breaches: { openOverSla: number; decidedOverSla: number; decidedOverSlaRate: number | null };

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Decision mix and how often humans overturned automated holds, for decisions taken inside the period.' })
  public automation: AutomationAccuracy;
}

const DAY_MS = 86_400_000;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v)));

/** SLA clocks (issue 4 item 5); thresholds from MODERATION_SLA_HOURS. */
@Injectable()
export class ModerationStatsService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
    private readonly accuracy: AutomationAccuracyRepository,
  ) {}

  public async stats(q: StatsQueryDto): Promise<ModerationStatsView> {
    const now = this.clock.now();
    const to = q.to ? new Date(q.to) : now;
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 7 * DAY_MS);
    if (from.getTime() >= to.getTime()) throw new ModerationError(ModerationErrorCode.InvalidPeriod, '`from` must be before `to`');
    const slaHours = this.config.moderation.slaHours;
    const slaStart = new Date(now.getTime() - slaHours * 3_600_000);
    const [queue, first, other, automation] = await Promise.all([
      this.db.query(
        `SELECT count(*) FILTER (WHERE state = 'open' OR lease_until <= $1)::int AS open, count(*) FILTER (WHERE state = 'claimed' AND lease_until > $1)::int AS claimed,
                count(*) FILTER (WHERE escalated)::int AS escalated, count(*)::int AS total, count(*) FILTER (WHERE created_at <= $2)::int AS breaching,
                percentile_cont(ARRAY[0.5, 0.9, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM $1 - created_at)) AS age,
                max(extract(epoch FROM $1 - created_at)) AS oldest
           FROM moderation_items WHERE state IN ('open','claimed')`,
        [now, slaStart],
      ) as Promise<{ open: number; claimed: number; escalated: number; total: number; breaching: number; age: number[] | null; oldest: string | null }[]>,
      this.db.query(
        `WITH first AS (
           SELECT review_id, min(created_at) AS at FROM decision_records WHERE automated = false GROUP BY review_id
           HAVING min(created_at) >= $1 AND min(created_at) < $2)
         SELECT count(*)::int AS n, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM f.at - r.received_at)) AS p,
                count(*) FILTER (WHERE f.at - r.received_at > make_interval(hours => $3))::int AS over
           FROM first f JOIN reviews r ON r.id = f.review_id`,
        [from, to, slaHours],
      ) as Promise<{ n: number; p: number[] | null; over: number }[]>,
      this.db.query(
        `SELECT (SELECT count(*) FROM moderation_appeals WHERE state <> 'decided')::int AS appeals,
                (SELECT count(*) FROM moderation_reports WHERE state = 'open')::int AS reports`,
      ) as Promise<{ appeals: number; reports: number }[]>,
      this.accuracy.forPeriod(from, to),
    ]);
    const qr = queue[0];
    const fr = first[0];
    return {
      at: now.toISOString(), period: { from: from.toISOString(), to: to.toISOString() }, slaHours,
      queue: { open: qr.open, claimed: qr.claimed, escalated: qr.escalated, total: qr.total, appealsOpen: other[0].appeals, reportsOpen: other[0].reports },
      ageSeconds: { p50: num(qr.age?.[0]), p90: num(qr.age?.[1]), p99: num(qr.age?.[2]), oldest: num(qr.oldest) },
      timeToFirstDecisionSeconds: { count: fr.n, p50: num(fr.p?.[0]), p90: num(fr.p?.[1]) },
      breaches: { openOverSla: qr.breaching, decidedOverSla: fr.over, decidedOverSlaRate: fr.n > 0 ? Math.round((fr.over / fr.n) * 1000) / 1000 : null },
      automation: buildAutomationAccuracy(automation),
    };
  }
}
