import fc from 'fast-check';
import { OUTCOME_CHUNK, toCheckedChunk, type ValidationOutcome } from './bulk-check.js';
import { bulkResponseBody, rejectedCount, type BulkCounts } from './bulk-response.js';
import type { BulkItemResult } from './ingestion.dto.js';
import type { IntakeItem } from './intake-item.js';

const rejectedAt = (index: number, externalId?: string): BulkItemResult => ({
  index, externalId, outcome: 'rejected',
  error: { statusCode: 422, code: 'INVALID_ITEM', message: `Invalid item: rating must not be greater than 5 (${externalId ?? '—'})`, details: [{ path: 'rating', problems: ['rating must not be greater than 5'] }] },
});
const writtenAt = (index: number): BulkItemResult => ({ index, externalId: `w-${index}`, outcome: 'accepted', id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` });
const item = (index: number): IntakeItem => ({ index, externalId: `w-${index}` } as IntakeItem);

/** What the checker would hand over for `valid` (a flag per item), OUTCOME_CHUNK at a time, and what the write path would answer. */
function scenario(valid: boolean[], externalId: (i: number) => string | undefined = (i) => `r-${i}`) {
  const outcomes: ValidationOutcome[] = valid.map((ok, i) => (ok ? { ok: true, item: item(i) } : { ok: false, result: rejectedAt(i, externalId(i)) }));
  const chunks = [];
  for (let start = 0; start < outcomes.length; start += OUTCOME_CHUNK) chunks.push(toCheckedChunk(outcomes.slice(start, start + OUTCOME_CHUNK)));
  const written = valid.flatMap((ok, i) => (ok ? [writtenAt(i)] : []));
  const results = valid.map((ok, i) => (ok ? writtenAt(i) : rejectedAt(i, externalId(i))));
  return { chunks, written, results };
}

const counts = (received: number, rejected: number, importId?: string): BulkCounts =>
  ({ ...(importId ? { importId } : {}), received, accepted: received - rejected, duplicates: 0, edited: 0, rejected });

describe('bulkResponseBody', () => {
  it('writes the bytes JSON.stringify gives for the whole result, whatever mix of valid and rejected items', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 3 * OUTCOME_CHUNK + 7 }), fc.option(fc.uuid(), { nil: undefined }), (valid, importId) => {
      const { chunks, written, results } = scenario(valid);
      const head = counts(valid.length, valid.filter((ok) => !ok).length, importId);
      expect(rejectedCount(chunks)).toBe(head.rejected);
      expect(bulkResponseBody(head, chunks, written).toString('utf8')).toBe(JSON.stringify({ ...head, results }));
    }), { numRuns: 60 });
  });

  it('keeps multi-byte text and absent externalIds exactly as JSON.stringify writes them', () => {
    const valid = Array.from({ length: 600 }, (_, i) => i % 7 === 3);
    const { chunks, written, results } = scenario(valid, (i) => (i % 5 === 0 ? undefined : `评价-${i}-ü-😀`));
    const head = counts(600, valid.filter((ok) => !ok).length);
    expect(bulkResponseBody(head, chunks, written).toString('utf8')).toBe(JSON.stringify({ ...head, results }));
  });

  it('answers an all-valid bulk from the written results alone', () => {
    const { chunks, written, results } = scenario([true, true, true]);
    expect(chunks.every((c) => c.rejectedJson.byteLength === 0 && c.items.length === 3)).toBe(true);
    expect(JSON.parse(bulkResponseBody(counts(3, 0), [], written).toString('utf8'))).toEqual({ ...counts(3, 0), results });
  });

  it('gives each chunk its own memory, so the worker can transfer it', () => {
    const { chunks } = scenario(Array.from({ length: OUTCOME_CHUNK * 2 }, () => false));
    const [a, b] = chunks;
    expect(a?.rejectedJson.byteOffset).toBe(0);
    expect(a?.rejectedJson.buffer).not.toBe(b?.rejectedJson.buffer);
    expect(a?.rejectedJson.buffer.byteLength).toBe(a?.rejectedJson.byteLength);
  });
});
