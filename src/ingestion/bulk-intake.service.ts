import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AuthContext } from '../common/auth/auth-context.js';
import type { BulkKind } from './bulk-check.js';
import { BulkChecker } from './bulk-checker.js';
import { bulkResponseBody, rejectedCount, type BulkCounts, type BulkResponse } from './bulk-response.js';
import type { BulkItemResult } from './ingestion.dto.js';
import type { IntakeItem } from './intake-item.js';
import { IngestionService, type IntakeOptions } from './ingestion.service.js';
import type { IntakeMode } from '../reviews/review-status.js';

/** Bulk intake: every item gets its own result; bad items never sink the good ones. */
@Injectable()
export class BulkIntakeService {
  public constructor(private readonly ingestion: IngestionService, private readonly checker: BulkChecker) {}

  /** In import mode every request is an import of its own: its id answers GET /v1/imports/:id. */
  public reviews(auth: AuthContext, body: unknown, mode: IntakeMode = 'live'): Promise<BulkResponse> {
    const options: IntakeOptions = mode === 'import' ? { mode, importId: randomUUID() } : { mode };
    return this.run(auth, body, 'review', options);
  }

  public ugc(auth: AuthContext, body: unknown): Promise<BulkResponse> {
    return this.run(auth, body, 'ugc');
  }

  /**
   * `body` is the route's RawBulkBody: parsed and validated off the event loop by BulkChecker, which also
   * writes the rejected items' response entries; the event loop writes the valid items and joins the bytes.
   */
  private async run(auth: AuthContext, body: unknown, kind: BulkKind, options: IntakeOptions = { mode: 'live' }): Promise<BulkResponse> {
    const { received, items, rejected } = await this.checker.check(kind, body);
    const written = await this.write(auth, items, options);
    const count = (o: BulkItemResult['outcome']): number => written.filter((r) => r.outcome === o).length;
    const importId = options.mode === 'import' ? { importId: options.importId } : {};
    const counts: BulkCounts = {
      ...importId, received, accepted: count('accepted'), duplicates: count('duplicate'), edited: count('edited'), rejected: count('rejected') + rejectedCount(rejected),
    };
    return { counts, body: bulkResponseBody(counts, rejected, written) };
  }

  /** The valid items through the write path; their results in index order. */
  private async write(auth: AuthContext, items: IntakeItem[], options: IntakeOptions): Promise<BulkItemResult[]> {
    if (items.length === 0) return [];
    const externalIds = new Map(items.map((i) => [i.index, i.externalId]));
    return (await this.ingestion.ingest(auth, items, options)).map((outcome): BulkItemResult => {
      const externalId = externalIds.get(outcome.index);
      return outcome.ok
        ? { index: outcome.index, externalId, outcome: outcome.outcome, id: outcome.id }
        : { index: outcome.index, externalId, outcome: 'rejected', error: { statusCode: outcome.error.status, code: outcome.error.code, message: outcome.error.message, details: outcome.error.details } };
    });
  }
}
