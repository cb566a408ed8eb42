import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChannelType } from './channel-type.js';

@Entity('channels')
@Check('CHK_channels_type', `"type" IN ('web','app','mini_program','social','live_stream','offline','marketplace_import','other')`)
export class ChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  /** Stable, human-chosen identifier integrations send (e.g. "wechat-mini"). */
  @Index('UQ_channels_code', { unique: true })
  @Column({ type: 'text' })
  public code: string;

  @Column({ type: 'text' })
  public type: ChannelType;

  @Column({ type: 'text' })
  public name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  public createdAt: Date;
}
