import type { CheckedChunk } from './bulk-check.js';
import type { BulkItemResult, BulkResult } from './ingestion.dto.js';

/** A bulk's rejected items as the checker wrote them: response entries, no result objects. */
export type RejectedEntries = Omit<CheckedChunk, 'items'>;

/** BulkResult without its results, in BulkResult's key order. */
export type BulkCounts = Omit<BulkResult, 'results'>;

/** A bulk's answer: the counts (they decide the status code) and the body, a BulkResult as JSON. */
export interface BulkResponse {
  counts: BulkCounts;
  body: Buffer;
}

export const rejectedCount = (chunks: readonly RejectedEntries[]): number => chunks.reduce((n, c) => n + c.rejectedIndexes.length, 0);

/**
 * The bytes JSON.stringify gives for `{ ...counts, results }`, with `results` in index order: the checker's
 * ready-made entries for the items it rejected, merged with the write path's results for the others. The
 * rejected entries are sliced, not parsed or re-serialised: for a bulk of 10,000 invalid items the event
 * loop copies a few dozen buffers instead of serialising 10,000 objects it first had to receive (issue 16).
 * `written` must be in index order.
 */
export function bulkResponseBody(counts: BulkCounts, rejected: readonly RejectedEntries[], written: readonly BulkItemResult[]): Buffer {
  const head = JSON.stringify(counts);
  const pieces: Uint8Array[] = [Buffer.from(`${head.slice(0, -1)},"results":[`)];
  let first = true;
  // Every entry starts with its separating comma; the array's first one goes out without it.
  const push = (entries: Uint8Array): void => {
    pieces.push(first ? entries.subarray(1) : entries);
    first = false;
  };
  const pushWritten = (result: BulkItemResult): void => push(Buffer.from(`,${JSON.stringify(result)}`));
  let w = 0;
  for (const chunk of rejected) {
    const { rejectedIndexes: indexes, rejectedEnds: ends, rejectedJson: json } = chunk;
    let k = 0;
    while (k < indexes.length) {
      const before = w < written.length ? (written[w] as BulkItemResult).index : Number.POSITIVE_INFINITY;
      let j = k;
      while (j < indexes.length && (indexes[j] as number) < before) j += 1;
      if (j === k) {
        pushWritten(written[w] as BulkItemResult);
        w += 1;
        continue;
      }
      // The run of this chunk's entries up to the next written result: one slice of the checker's bytes.
      push(json.subarray(k === 0 ? 0 : (ends[k - 1] as number), ends[j - 1] as number));
      k = j;
    }
  }
  for (; w < written.length; w += 1) pushWritten(written[w] as BulkItemResult);
  pieces.push(Buffer.from(']}'));
  return Buffer.concat(pieces);
}
