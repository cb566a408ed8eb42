import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { ScoringService } from './scoring.service.js';
import { type PersistOutcome, VerdictsService } from './verdicts.service.js';

export type RescoreOutcome = 'changed' | 'unchanged' | 'skipped';

/** Stored as the job's progress, so a retried job resumes after `lastId`. */
export interface RescoreProgress {
  total: number;
  done: number;
  changed: number;
  lastId: string | null;
  percent: number;
}

const BATCH = 200;

const RESCORE_OUTCOME: Record<PersistOutcome, RescoreOutcome> = {
  stale: 'skipped', 'not-due': 'skipped', 'scored-before': 'unchanged', kept: 'unchanged', applied: 'changed',
};

const AUTOMATED_STATUSES = new Set(['published', 'held', 'withheld']);

/**
 * Re-scoring after a rules change. Every decided item gets a score under the new
 * rules (priorities and explanations stay current); the verdict is applied only
 * where the last decision was automated — a human's decision stands.
 */
@Injectable()
export class RescoreService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reviews: ReviewsRepository,
    private readonly scoring: ScoringService,
    private readonly verdicts: VerdictsService,
  ) {}

  public async rescoreReview(reviewId: string): Promise<RescoreOutcome> {
    const review = await this.reviews.findById(reviewId);
    if (!review || !AUTOMATED_STATUSES.has(review.status)) return 'skipped';
    const evaluation = await this.scoring.evaluate(review);
    const persisted = await this.db.transaction((manager) => this.verdicts.persistVerdicts(manager, 'rescore', [{ review, evaluation }]));
    return RESCORE_OUTCOME[persisted.get(reviewId) ?? 'stale'];
  }

  public async runAll(resumeFrom: Partial<RescoreProgress> | undefined, report: (p: RescoreProgress) => Promise<void>): Promise<RescoreProgress> {
    const progress: RescoreProgress = {
      total: await this.countCandidates(), done: resumeFrom?.done ?? 0, changed: resumeFrom?.changed ?? 0, lastId: resumeFrom?.lastId ?? null, percent: 0,
    };
    for (let ids = await this.nextBatch(progress.lastId, BATCH); ids.length > 0; ids = await this.nextBatch(progress.lastId, BATCH)) {
      for (const id of ids) if ((await this.rescoreReview(id)) === 'changed') progress.changed += 1;
      progress.done += ids.length;
      progress.lastId = ids[ids.length - 1];
      progress.percent = progress.total === 0 ? 100 : Math.min(100, Math.round((progress.done / progress.total) * 100));
      await report(progress);
    }
    return { ...progress, percent: 100 };
  }

  /** Keyset page of items the bulk job walks, oldest id first. */
  public async nextBatch(afterId: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM reviews WHERE status IN ('published', 'held', 'withheld') AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  public async countCandidates(): Promise<number> {
    const [row]: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM reviews WHERE status IN ('published', 'held', 'withheld')`);
    return Number(row.n);
  }
}
