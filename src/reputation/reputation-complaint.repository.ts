import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface NewComplaint {
  channelId: string;
  externalId: string;
  productId: string;
  merchantId: string;
  category: string | null;
  orderRef: string | null;
  occurredAt: Date;
}

export interface StoredComplaint extends NewComplaint {
  id: string;
}

/** Writes and reads of reputation_complaints (only this module writes it). */
@Injectable()
export class ReputationComplaintRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts unless (channel, externalId) exists; null when it did (the caller compares with the stored row). */
  public async insertIfNew(c: NewComplaint, now: Date): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO reputation_complaints (channel_id, external_id, product_id, merchant_id, category, order_ref, occurred_at, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (channel_id, external_id) DO NOTHING RETURNING id`,
      [c.channelId, c.externalId, c.productId, c.merchantId, c.category, c.orderRef, c.occurredAt, now]);
    return rows[0]?.id ?? null;
  }

  public async findByKey(channelId: string, externalId: string): Promise<StoredComplaint | null> {
    const rows: StoredComplaint[] = await this.db.query(
      `SELECT id, channel_id AS "channelId", external_id AS "externalId", product_id AS "productId", merchant_id AS "merchantId",
              category, order_ref AS "orderRef", occurred_at AS "occurredAt"
         FROM reputation_complaints WHERE channel_id = $1 AND external_id = $2`, [channelId, externalId]);
    return rows[0] ?? null;
  }
}
