import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantResponseEntity } from './merchant-response.entity.js';

/** Every text a merchant submitted for a reply, with its screening outcome; rows are never rewritten except `outcome`. */
@Entity('merchant_response_versions')
@Index('UQ_merchant_response_versions_response_version', ['responseId', 'version'], { unique: true })
@Check('CHK_merchant_response_versions_outcome', `"outcome" IN ('passed','held','approved','rejected')`)
@Check('CHK_merchant_response_versions_body_length', `char_length("body") BETWEEN 1 AND 5000`)
export class MerchantResponseVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => MerchantResponseEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public responseId: string;

  @Column({ type: 'integer' })
  public version: number;

  @Column({ type: 'text' })
  public body: string;

  @Column({ type: 'text' })
  public outcome: 'passed' | 'held' | 'approved' | 'rejected';

  /** Screening findings: [{code, detail}] (evidence masked). */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  public screening: { code: string; detail: string }[];

  @Column({ type: 'text' })
  public authorKeyId: string;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;
}
