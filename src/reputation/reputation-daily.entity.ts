import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One day of review facts for one scope (product, merchant or platform) on one
 * channel, or on all channels (`channel_id` = nil uuid). Rebuilt per day by the
 * rollup job; dashboards sum these rows and never scan `reviews`.
 * No foreign keys: `scope_id` is polymorphic and the nil uuid stands for "all".
 * Counts are by the day the review was received (UTC).
 */
@Entity('reputation_daily')
@Index('IDX_reputation_daily_day', ['day'])
@Check('CHK_reputation_daily_scope_type', `"scope_type" IN ('platform','merchant','product')`)
export class ReputationDailyEntity {
  @PrimaryColumn({ type: 'text' })
  public scopeType: 'platform' | 'merchant' | 'product';

  @PrimaryColumn({ type: 'uuid' })
  public scopeId: string;

  @PrimaryColumn({ type: 'uuid' })
  public channelId: string;

  @PrimaryColumn({ type: 'date' })
  public day: string;

  @Column({ type: 'integer' })
  public receivedCount: number;

  /** Reviews currently public (published or folded): the base of rating, sentiment and reply figures. */
  @Column({ type: 'integer' })
  public publicCount: number;

  @Column({ type: 'integer' })
  public ratingCount: number;

  @Column({ type: 'bigint' })
  public ratingSum: string;

  @Column({ type: 'integer' })
  public stars1: number;

  @Column({ type: 'integer' })
  public stars2: number;

  @Column({ type: 'integer' })
  public stars3: number;

  @Column({ type: 'integer' })
  public stars4: number;

  @Column({ type: 'integer' })
  public stars5: number;

  @Column({ type: 'integer' })
  public sentimentPositive: number;

  @Column({ type: 'integer' })
  public sentimentNeutral: number;

  @Column({ type: 'integer' })
  public sentimentNegative: number;

  @Column({ type: 'integer' })
  public sentimentMixed: number;

  @Column({ type: 'double precision' })
  public sentimentScoreSum: number;

  /** Mentions per aspect in ASPECT_IDS order (domain/taxonomy.ts). */
  @Column({ type: 'integer', array: true })
  public aspectMentions: number[];

  /** Mentions in negative reviews, same order. */
  @Column({ type: 'integer', array: true })
  public aspectNegative: number[];

  @Column({ type: 'integer' })
  public verifiedCount: number;

  @Column({ type: 'integer' })
  public incentivizedCount: number;

  /** Public reviews rated 1–2★ or with negative sentiment. */
  @Column({ type: 'integer' })
  public negativeCount: number;

  /** Withheld or removed with a not-genuine reason code. */
  @Column({ type: 'integer' })
  public fakeCount: number;

  @Column({ type: 'integer' })
  public repliedCount: number;

  /** Receipt → first merchant reply, bucketed by LATENCY_BOUNDS_SECONDS; null when none. */
  @Column({ type: 'integer', array: true, nullable: true })
  public replyLatencyHist: number[] | null;

  /** Receipt → first merchant reply, every value (seconds): exact median and p90 over any period. */
  @Column({ type: 'double precision', array: true, nullable: true })
  public replySeconds: number[] | null;

  /** Public reviews that recommend (explicit answer, else the text), and that say they do not. */
  @Column({ type: 'integer', default: 0 })
  public recommendYes: number;

  @Column({ type: 'integer', default: 0 })
  public recommendNo: number;

  /** 0–10 answers on public reviews: 9–10, 7–8, 0–6. */
  @Column({ type: 'integer', default: 0 })
  public npsPromoters: number;

  @Column({ type: 'integer', default: 0 })
  public npsPassives: number;

  @Column({ type: 'integer', default: 0 })
  public npsDetractors: number;

  @Column({ type: 'integer' })
  public decidedCount: number;

  /** Receipt → first outcome decision (publish, withhold, fold, hide, remove): the moderation SLA. */
  @Column({ type: 'integer', array: true, nullable: true })
  public decisionLatencyHist: number[] | null;

  @Column({ type: 'integer' })
  public orders: number;

  /** Complaint events that occurred that day plus complaint counts supplied with order counts. */
  @Column({ type: 'integer' })
  public complaints: number;

  @Column({ type: 'timestamptz' })
  public computedAt: Date;
}
