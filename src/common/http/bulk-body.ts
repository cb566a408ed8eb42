import { mapInSlices } from '../batching/map-in-slices.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { decodeUtf8InSlices, splitJsonArray } from './json-array-slices.js';
import { findJsonHazard, MAX_JSON_DEPTH, MAX_TOP_LEVEL_ARRAY } from './json-guard.js';
import { parseNdjson } from './ndjson.js';
import { RejectedBodyItem } from './rejected-body-item.js';

export type BulkFormat = 'json' | 'ndjson';

/**
 * The body of a bulk route as received: its bytes, not yet decoded or parsed. The body parsers hand
 * this to the controller so that decoding, parsing and validating 33 MB happen in the bulk-check
 * worker thread (ingestion/bulk-checker.ts), after the key and role checks, off the event loop.
 */
export class RawBulkBody {
  public constructor(public readonly bytes: Buffer, public readonly format: BulkFormat) {}
}

export const invalidUtf8 = (): CommonError => new CommonError(CommonErrorCode.InvalidUtf8, 'The request body is not valid UTF-8');

export function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new CommonError(CommonErrorCode.MalformedJson, 'The request body is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CommonError(CommonErrorCode.MalformedJson, `Malformed JSON: ${(error as Error).message}`);
  }
  const hazard = findJsonHazard(parsed);
  if (hazard) throw new CommonError(hazard.code, hazard.message);
  return parsed;
}

/**
 * A bulk JSON body split into its items and parsed item by item, a slice at a time. An unsafe key or
 * excessive nesting rejects that item (as NDJSON rejects one line), not the other 9,999.
 */
async function parseBulkJson(text: string): Promise<unknown> {
  const texts = await splitJsonArray(text);
  if (texts === undefined) return parseJsonText(text);
  if (texts.length > MAX_TOP_LEVEL_ARRAY) {
    throw new CommonError(CommonErrorCode.PayloadTooLarge, `A JSON array here may hold at most ${MAX_TOP_LEVEL_ARRAY} items (got ${texts.length})`);
  }
  return mapInSlices(texts, (itemText, index) => {
    let item: unknown;
    try {
      item = JSON.parse(itemText);
    } catch (error) {
      throw new CommonError(CommonErrorCode.MalformedJson, `Malformed JSON in item ${index}: ${(error as Error).message}`);
    }
    const hazard = findJsonHazard(item, MAX_JSON_DEPTH - 1);
    return hazard ? new RejectedBodyItem(`Item ${index}: ${hazard.message}`) : item;
  });
}

/** Strict UTF-8 decoding, then JSON (an array's items one by one) or NDJSON (line by line); whole-body errors throw CommonError. */
export async function parseBulkBody(bytes: Buffer, format: BulkFormat): Promise<unknown> {
  const text = await decodeUtf8InSlices(bytes).catch(() => {
    throw invalidUtf8();
  });
  return format === 'json' ? parseBulkJson(text) : parseNdjson(text);
}
