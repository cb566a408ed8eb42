import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { AuthContext } from '../common/auth/auth-context.js';
import { mapInSlices } from '../common/batching/map-in-slices.js';
import { RejectedBodyItem } from '../common/http/rejected-body-item.js';
import { flattenValidationErrors } from '../common/validation/validation-pipe.js';
import { BulkItemResult, BulkResult, CreateReviewDto, CreateUgcDto, MAX_BULK_ITEMS } from './ingestion.dto.js';
import { IngestionError, IngestionErrorCode } from './ingestion.error.js';
import { IngestionService, type IntakeOptions } from './ingestion.service.js';
import type { IntakeMode } from '../reviews/review-status.js';
import type { IntakeItem } from './intake-item.js';
import { reviewToItem, ugcToItem } from './intake-mapping.js';
import { isPlainValidReview } from './review-fast-check.js';

type ValidationOutcome = { ok: true; item: IntakeItem } | { ok: false; result: BulkItemResult };

async function validateItem<T extends object>(cls: ClassConstructor<T>, raw: unknown, index: number, map: (dto: T, index: number) => IntakeItem): Promise<ValidationOutcome> {
  const externalId = typeof (raw as { externalId?: unknown })?.externalId === 'string' ? (raw as { externalId: string }).externalId : undefined;
  const reject = (code: IngestionErrorCode, message: string, details?: unknown): ValidationOutcome =>
    ({ ok: false, result: { index, externalId, outcome: 'rejected', error: { statusCode: new IngestionError(code, '').status, code, message, details } } });
  if (raw instanceof RejectedBodyItem) return reject(IngestionErrorCode.InvalidItem, raw.reason);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return reject(IngestionErrorCode.InvalidItem, 'Each item must be a JSON object');
  const dto = plainToInstance(cls, raw);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
  if (errors.length > 0) {
    const details = flattenValidationErrors(errors);
    return reject(IngestionErrorCode.InvalidItem, `Invalid item: ${details[0]?.problems[0] ?? 'invalid'}`, details);
  }
  return { ok: true, item: map(dto, index) };
}

/** Bulk intake: every item gets its own result; bad items never sink the good ones. */
@Injectable()
export class BulkIntakeService {
  public constructor(private readonly ingestion: IngestionService) {}

  /** In import mode every request is an import of its own: its id answers GET /v1/imports/:id. */
  public reviews(auth: AuthContext, body: unknown, mode: IntakeMode = 'live'): Promise<BulkResult> {
    const options: IntakeOptions = mode === 'import' ? { mode, importId: randomUUID() } : { mode };
    // The common shape skips class-validator's metadata walk; everything else (and every error) goes through it.
    return this.run(auth, body, (raw, i) => (isPlainValidReview(raw) ? { ok: true, item: reviewToItem(raw, i) } : validateItem(CreateReviewDto, raw, i, reviewToItem)), options);
  }

  public ugc(auth: AuthContext, body: unknown): Promise<BulkResult> {
    return this.run(auth, body, (raw, i) => validateItem(CreateUgcDto, raw, i, ugcToItem));
  }

  private async run(auth: AuthContext, body: unknown, check: (raw: unknown, index: number) => ValidationOutcome | Promise<ValidationOutcome>,
    options: IntakeOptions = { mode: 'live' }): Promise<BulkResult> {
    if (!Array.isArray(body)) throw new IngestionError(IngestionErrorCode.BulkNotArray, 'Send a JSON array, or NDJSON (application/x-ndjson), of items');
    if (body.length === 0) throw new IngestionError(IngestionErrorCode.BulkEmpty, 'The request holds no items');
    if (body.length > MAX_BULK_ITEMS) {
      throw new IngestionError(IngestionErrorCode.BulkTooLarge, `At most ${MAX_BULK_ITEMS} items per request; split it (got ${body.length})`);
    }
    // In slices, so 10,000 items to validate never hold the event loop (and every other request) for seconds.
    const checked = await mapInSlices(body, check);
    const results: BulkItemResult[] = checked.flatMap((c) => (c.ok ? [] : [c.result]));
    const items = checked.flatMap((c) => (c.ok ? [c.item] : []));
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
    return { ...importId, received: body.length, accepted: count('accepted'), duplicates: count('duplicate'), edited: count('edited'), rejected: count('rejected'), results };
  }
}
