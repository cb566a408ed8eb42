import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AuthContext } from '../common/auth/auth-context.js';
import type { BulkKind } from './bulk-check.js';
import { BulkChecker } from './bulk-checker.js';
import { BulkItemResult, BulkResult } from './ingestion.dto.js';
import { IngestionService, type IntakeOptions } from './ingestion.service.js';
import type { IntakeMode } from '../reviews/review-status.js';

/** Bulk intake: every item gets its own result; bad items never sink the good ones. */
@Injectable()
export class BulkIntakeService {
  public constructor(private readonly ingestion: IngestionService, private readonly checker: BulkChecker) {}

  /** In import mode every request is an import of its own: its id answers GET /v1/imports/:id. */
  public reviews(auth: AuthContext, body: unknown, mode: IntakeMode = 'live'): Promise<BulkResult> {
    const options: IntakeOptions = mode === 'import' ? { mode, importId: randomUUID() } : { mode };
    return this.run(auth, body, 'review', options);
  }

  public ugc(auth: AuthContext, body: unknown): Promise<BulkResult> {
    return this.run(auth, body, 'ugc');
  }

  /** `body` is the route's RawBulkBody: parsed and validated off the event loop by BulkChecker. */
  private async run(auth: AuthContext, body: unknown, kind: BulkKind, options: IntakeOptions = { mode: 'live' }): Promise<BulkResult> {
    const { received, outcomes } = await this.checker.check(kind, body);
    const results: BulkItemResult[] = outcomes.flatMap((c) => (c.ok ? [] : [c.result]));
    const items = outcomes.flatMap((c) => (c.ok ? [c.item] : []));
    const externalIds = new Map(items.map((i) => [i.index, i.externalId]));
    for (const outcome of await this.ingestion.ingest(auth, items, options)) {
      const externalId = externalIds.get(outcome.index);
      results.push(outcome.ok
        ? { index: outcome.index, externalId, outcome: outcome.outcome, id: outcome.id }
        : { index: outcome.index, externalId, outcome: 'rejected', error: { statusCode: outcome.error.status, code: outcome.error.code, message: outcome.error.message, details: outcome.error.details } });
    }
    results.sort((a, b) => a.index - b.index);
    const count = (o: BulkItemResult['outcome']): number => results.filter((r) => r.outcome === o).length;
    const importId = options.mode === 'import' ? { importId: options.importId } : {};
    return { ...importId, received, accepted: count('accepted'), duplicates: count('duplicate'), edited: count('edited'), rejected: count('rejected'), results };
  }
}
