import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** The newest score row of a review, as the review view needs it. */
export interface LatestScoreRow {
  revision: number;
  fake_score: number;
  sentiment_label: string;
  sentiment_score: number;
  sentiment_confidence: number;
  language: string;
  aspects: string[];
  aspect_details: unknown[];
  signals: { id: string; value: number; weight: number; contribution: number; reason: string }[];
  rule_set_version: string;
  scored_at: Date;
}

/** Read-only: review_scores is written by scoring; the review view only shows what was stored. */
@Injectable()
export class ReviewAnalysisRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async findLatestScore(reviewId: string): Promise<LatestScoreRow | null> {
    const rows: LatestScoreRow[] = await this.db.query(
      `SELECT revision, fake_score, sentiment_label, sentiment_score, sentiment_confidence, language, aspects, aspect_details, signals,
              rule_set_version, scored_at
         FROM review_scores WHERE review_id = $1 ORDER BY revision DESC, scored_at DESC, id DESC LIMIT 1`,
      [reviewId],
    );
    return rows[0] ?? null;
  }

  /** findLatestScore for many reviews at once (the same row per review), for the event relay's snapshots. */
  public async findLatestScores(reviewIds: string[], manager?: EntityManager): Promise<Map<string, LatestScoreRow>> {
    if (reviewIds.length === 0) return new Map();
    const rows: (LatestScoreRow & { review_id: string })[] = await (manager ?? this.db.manager).query(
      `SELECT DISTINCT ON (review_id) review_id, revision, fake_score, sentiment_label, sentiment_score, sentiment_confidence, language, aspects, aspect_details,
              signals, rule_set_version, scored_at
         FROM review_scores WHERE review_id = ANY($1::uuid[]) ORDER BY review_id, revision DESC, scored_at DESC, id DESC`,
      [reviewIds],
    );
    return new Map(rows.map(({ review_id: id, ...row }) => [id, row]));
  }
}
