import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { mapInSlices, yieldToEventLoop } from '../common/batching/map-in-slices.js';
import { parseBulkBody, type BulkFormat } from '../common/http/bulk-body.js';
import { RejectedBodyItem } from '../common/http/rejected-body-item.js';
import { DomainError } from '../common/errors/domain-error.js';
import { flattenValidationErrors } from '../common/validation/validation-pipe.js';
import { BulkItemResult, CreateReviewDto, CreateUgcDto, MAX_BULK_ITEMS } from './ingestion.dto.js';
import { IngestionError, IngestionErrorCode } from './ingestion.error.js';
import type { IntakeItem } from './intake-item.js';
import { reviewToItem, ugcToItem } from './intake-mapping.js';
import { isPlainValidReview } from './review-fast-check.js';

/*
 * Parse + validate of a bulk body, the CPU-heavy half of bulk intake (≈2 ms of class-validator per
 * invalid item, 33 MB of JSON). Pure (no Nest, no I/O): it runs in the bulk-check worker thread, and
 * inline where no worker script exists (tests run the TypeScript sources). What it sends back is
 * structured-clone data: the valid items, and the rejected ones already as response bytes.
 */

export type BulkKind = 'review' | 'ugc';

export type ValidationOutcome = { ok: true; item: IntakeItem } | { ok: false; result: BulkItemResult };

/** A whole-request refusal (malformed body, not an array, too many items), rebuilt as the same error class on the other side. */
export interface BulkCheckRefusal {
  source: 'common' | 'ingestion';
  code: string;
  message: string;
}

/** Outcomes are handed over in chunks of this many, so neither side holds its event loop long to (de)serialise 10,000. */
export const OUTCOME_CHUNK = 250;

/**
 * A chunk of checked items, in index order. The valid items go on to the write path; each rejected item is
 * already its entry of the response (`,` + the JSON of its BulkItemResult), back to back in `rejectedJson`,
 * so the event loop never builds, clones or serialises the result objects of a bulk's invalid items
 * (issue 16: 10,000 of them were most of the main thread's work per bulk, and its old-generation garbage).
 */
export interface CheckedChunk {
  items: IntakeItem[];
  rejectedJson: Uint8Array;
  /** Per rejected item: its index in the body, and where its entry ends in rejectedJson (bytes). */
  rejectedIndexes: Int32Array;
  rejectedEnds: Int32Array;
}

const encoder = new TextEncoder();

/** Valid items as they are; rejected ones as one buffer of response entries (each in memory of its own, so it can be transferred). */
export function toCheckedChunk(outcomes: readonly ValidationOutcome[]): CheckedChunk {
  const items: IntakeItem[] = [];
  const entries: string[] = [];
  const indexes: number[] = [];
  const ends: number[] = [];
  let end = 0;
  for (const outcome of outcomes) {
    if (outcome.ok) {
      items.push(outcome.item);
      continue;
    }
    const entry = `,${JSON.stringify(outcome.result)}`;
    entries.push(entry);
    indexes.push(outcome.result.index);
    end += Buffer.byteLength(entry);
    ends.push(end);
  }
  return { items, rejectedJson: encoder.encode(entries.join('')), rejectedIndexes: Int32Array.from(indexes), rejectedEnds: Int32Array.from(ends) };
}

/** What a CheckedChunk's memory is, for postMessage's transfer list. */
export const transferablesOf = (chunk: CheckedChunk): ArrayBuffer[] =>
  [chunk.rejectedJson.buffer, chunk.rejectedIndexes.buffer, chunk.rejectedEnds.buffer] as ArrayBuffer[];

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

/** The common review shape skips class-validator's metadata walk; everything else (and every error) goes through it. */
const CHECKS: Record<BulkKind, (raw: unknown, index: number) => ValidationOutcome | Promise<ValidationOutcome>> = {
  review: (raw, i) => (isPlainValidReview(raw) ? { ok: true, item: reviewToItem(raw, i) } : validateItem(CreateReviewDto, raw, i, reviewToItem)),
  ugc: (raw, i) => validateItem(CreateUgcDto, raw, i, ugcToItem),
};

/** The bulk envelope: an array of 1 to MAX_BULK_ITEMS items. */
export function assertBulkEnvelope(body: unknown): asserts body is unknown[] {
  if (!Array.isArray(body)) throw new IngestionError(IngestionErrorCode.BulkNotArray, 'Send a JSON array, or NDJSON (application/x-ndjson), of items');
  if (body.length === 0) throw new IngestionError(IngestionErrorCode.BulkEmpty, 'The request holds no items');
  if (body.length > MAX_BULK_ITEMS) {
    throw new IngestionError(IngestionErrorCode.BulkTooLarge, `At most ${MAX_BULK_ITEMS} items per request; split it (got ${body.length})`);
  }
}

/** Validates parsed bulk items; calls `emit` with them in order, OUTCOME_CHUNK at a time. Returns how many items there were. */
export async function checkBulkItems(kind: BulkKind, body: unknown, emit: (chunk: CheckedChunk) => void): Promise<number> {
  assertBulkEnvelope(body);
  const check = CHECKS[kind];
  for (let start = 0; start < body.length; start += OUTCOME_CHUNK) {
    if (start > 0) await yieldToEventLoop();
    emit(toCheckedChunk(await mapInSlices(body.slice(start, start + OUTCOME_CHUNK), (raw, i) => check(raw, start + i))));
  }
  return body.length;
}

/** Decodes and parses a bulk body, then checkBulkItems. Whole-request problems throw DomainErrors. */
export async function checkBulkBody(kind: BulkKind, bytes: Buffer, format: BulkFormat, emit: (chunk: CheckedChunk) => void): Promise<number> {
  return checkBulkItems(kind, await parseBulkBody(bytes, format), emit);
}

export function toRefusal(error: unknown): BulkCheckRefusal | undefined {
  if (!(error instanceof DomainError)) return undefined;
  return { source: error instanceof IngestionError ? 'ingestion' : 'common', code: error.code, message: error.message };
}
