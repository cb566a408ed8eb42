import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from '../../catalog/channel.entity.js';
import { MerchantEntity } from '../../catalog/merchant.entity.js';
import type { Role } from './role.js';

@Entity('api_keys')
@Check('CHK_api_keys_role', `"role" IN ('admin','moderator','merchant','storefront','channel')`)
@Check('CHK_api_keys_merchant_scope', `("role" = 'merchant') = ("merchant_id" IS NOT NULL)`)
@Check('CHK_api_keys_channel_scope', `("role" = 'channel') = ("channel_id" IS NOT NULL)`)
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

  @CreateDateColumn({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public revokedAt: Date | null;
}
