import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from '../../catalog/channel.entity.js';
import { MerchantEntity } from '../../catalog/merchant.entity.js';
import type { Role } from './role.js';

@Entity('api_keys')
@Check('CHK_api_keys_role', `"role" IN ('admin','moderator','merchant','storefront','channel')`)
@Check('CHK_api_keys_merchant_scope', `("role" = 'merchant') = ("merchant_id" IS NOT NULL)`)
@Check('CHK_api_keys_channel_scope', `("role" = 'channel') = ("channel_id" IS NOT NULL)`)
@Check('CHK_api_keys_limits', `("rate_limit_per_second" IS NULL OR "rate_limit_per_second" > 0) AND ("rate_limit_burst" IS NULL OR "rate_limit_burst" >= 1) AND ("ip_rate_limit_per_second" IS NULL OR "ip_rate_limit_per_second" > 0) AND ("ip_rate_limit_burst" IS NULL OR "ip_rate_limit_burst" >= 1)`)
@Check('CHK_api_keys_publishable', `(NOT "publishable" AND cardinality("allowed_origins") = 0 AND "ip_rate_limit_per_second" IS NULL AND "ip_rate_limit_burst" IS NULL) OR ("publishable" AND "role" = 'storefront' AND cardinality("allowed_origins") > 0)`)
@Check('CHK_api_keys_senior_role', `NOT "senior" OR "role" IN ('admin','moderator')`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  /** Public, visible part of the key (`cnd_<prefix>_…`), used for lookup. */
  @Index('UQ_api_keys_prefix', { unique: true })
  @Column({ type: 'text' })
  public prefix: string;

  /** HMAC-SHA256(pepper, secret), hex; the secret itself is shown once and never stored. */
  @Column({ type: 'text' })
  public secretHash: string;

  @Column({ type: 'text' })
  public role: Role;

  /** The person or system holding the key; kept across rotation (appeal independence is by principal). */
  @Index('IDX_api_keys_principal')
  @Column({ type: 'uuid' })
  public principalId: string;

  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public merchantId: string | null;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public channelId: string | null;

  @Column({ type: 'text' })
  public label: string;

  /** Senior moderators decide escalated moderation items (added by the ModerationDesk migration). */
  @Column({ type: 'boolean', default: false })
  public senior: boolean;

  /** Own per-key limit (requests/s, per process); null: the role's documented default (key-quotas.ts). */
  @Column({ type: 'int', nullable: true })
  public rateLimitPerSecond: number | null;

  @Column({ type: 'int', nullable: true })
  public rateLimitBurst: number | null;

  /** Publishable storefront key (`cnd_pk_…`): read-only, bound to allowedOrigins, limited per client IP too. */
  @Column({ type: 'boolean', default: false })
  public publishable: boolean;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  public allowedOrigins: string[];

  @Column({ type: 'int', nullable: true })
  public ipRateLimitPerSecond: number | null;

  @Column({ type: 'int', nullable: true })
  public ipRateLimitBurst: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public revokedAt: Date | null;
}
