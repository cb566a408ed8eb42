import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from '../catalog/channel.entity.js';

/** A reviewer as one channel knows them; identities are not merged across channels. */
@Entity('reviewers')
@Index('UQ_reviewers_channel_external', ['channelId', 'externalId'], { unique: true })
export class ReviewerEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public channelId: string;

  @Column({ type: 'text' })
  public externalId: string;

  @Column({ type: 'text', nullable: true })
  public displayName: string | null;

  @Column({ type: 'timestamptz' })
  public firstSeenAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public accountCreatedAt: Date | null;
}
