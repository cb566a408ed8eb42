import type { FastifyInstance } from 'fastify';
import { mapInSlices } from '../batching/map-in-slices.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { isBulkRoute } from './bulk-route.js';
import { findJsonHazard, MAX_JSON_DEPTH, MAX_TOP_LEVEL_ARRAY } from './json-guard.js';
import { parseNdjson } from './ndjson.js';
import { RejectedBodyItem } from './rejected-body-item.js';

/** Bulk items checked between two turns of the event loop. */
const ITEMS_PER_SLICE = 500;

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeStrict(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw new CommonError(CommonErrorCode.InvalidUtf8, 'The request body is not valid UTF-8');
  }
}

/**
 * A bulk array is checked item by item, a slice at a time: an unsafe key or excessive nesting rejects
 * that item (as NDJSON rejects one line), not the other 9,999.
 */
async function checkBulkItems(items: unknown[]): Promise<unknown[]> {
  if (items.length > MAX_TOP_LEVEL_ARRAY) {
    throw new CommonError(CommonErrorCode.PayloadTooLarge, `A JSON array here may hold at most ${MAX_TOP_LEVEL_ARRAY} items (got ${items.length})`);
  }
  return mapInSlices(items, ITEMS_PER_SLICE, (item, index) => {
    const hazard = findJsonHazard(item, MAX_JSON_DEPTH - 1);
    return hazard ? new RejectedBodyItem(`Item ${index}: ${hazard.message}`) : item;
  });
}

/**
 * Replaces Fastify's JSON parser: its lenient decoding would turn invalid
 * UTF-8 into U+FFFD and store text the author never wrote.
 */
export function registerBodyParsers(fastify: FastifyInstance): void {
  // text/plain too: no route takes plain text, and its parser would hand a bare string to the validators (400 instead of 415).
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser(['application/json'], { parseAs: 'buffer' }, (req, body, done) => {
    const text = decodeStrict(body as Buffer);
    if (text.trim() === '') return done(new CommonError(CommonErrorCode.MalformedJson, 'The request body is empty'), undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return done(new CommonError(CommonErrorCode.MalformedJson, `Malformed JSON: ${(error as Error).message}`), undefined);
    }
    if (Array.isArray(parsed) && isBulkRoute(req)) {
      checkBulkItems(parsed).then((items) => done(null, items), (error: Error) => done(error, undefined));
      return;
    }
    const hazard = findJsonHazard(parsed);
    if (hazard) return done(new CommonError(hazard.code, hazard.message), undefined);
    done(null, parsed);
  });
  fastify.addContentTypeParser(['application/x-ndjson', 'application/ndjson'], { parseAs: 'buffer' }, (_req, body, done) => {
    let text: string;
    try {
      text = decodeStrict(body as Buffer);
    } catch (error) {
      return done(error as Error, undefined);
    }
    parseNdjson(text).then((items) => done(null, items), (error: Error) => done(error, undefined));
  });
}
