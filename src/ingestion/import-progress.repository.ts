import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Counts per status, over the partial index on import_id; a channel key sees only its own channel's imports. */
@Injectable()
export class ImportProgressRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async countByStatus(importId: string, channelId: string | null): Promise<Map<string, number>> {
    const rows: { status: string; n: number }[] = await this.db.query(
      `SELECT status, count(*)::int AS n FROM reviews WHERE import_id = $1 AND ($2::uuid IS NULL OR channel_id = $2) GROUP BY status`,
      [importId, channelId],
    );
    return new Map(rows.map((r) => [r.status, r.n]));
  }
}
