import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from '../../catalog/channel.entity.js';
import { MerchantEntity } from '../../catalog/merchant.entity.js';
import { ApiKeyEntity } from '../../common/auth/api-key.entity.js';

/**
 * A subscriber URL. Owned by a merchant (its own events), a storefront key (public
 * events only) or a channel (author notices). Soft-deleted so the delivery log keeps its FK.
 */
@Entity('webhooks')
@Index('IDX_webhooks_merchant', ['merchantId'], { where: `"deleted_at" IS NULL AND "merchant_id" IS NOT NULL` })
@Index('IDX_webhooks_channel', ['channelId'], { where: `"deleted_at" IS NULL AND "channel_id" IS NOT NULL` })
@Index('IDX_webhooks_storefront', ['ownerKeyId'], { where: `"deleted_at" IS NULL AND "owner_type" = 'storefront'` })
@Check('CHK_webhooks_owner_type', `"owner_type" IN ('merchant','storefront','channel')`)
@Check('CHK_webhooks_owner_scope', `("owner_type" = 'merchant') = ("merchant_id" IS NOT NULL) AND ("owner_type" = 'channel') = ("channel_id" IS NOT NULL)`)
@Check('CHK_webhooks_topics', `cardinality("topics") > 0`)
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @Column({ type: 'text' })
  public ownerType: 'merchant' | 'storefront' | 'channel';

  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public merchantId: string | null;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public channelId: string | null;

  /** The key that registered it; storefront webhooks are scoped to that key. */
  @ForeignKey(() => ApiKeyEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public ownerKeyId: string;

  @Column({ type: 'text' })
  public url: string;

  /** HMAC key; shown once at creation, needed in clear to sign. */
  @Column({ type: 'text' })
  public secret: string;

  @Column({ type: 'text', array: true })
  public topics: string[];

  @Column({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public deletedAt: Date | null;
}
