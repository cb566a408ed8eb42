import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mapInSlices } from '../batching/map-in-slices.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { isBulkRoute } from './bulk-route.js';
import { decodeUtf8InSlices, splitJsonArray } from './json-array-slices.js';
import { findJsonHazard, MAX_JSON_DEPTH, MAX_TOP_LEVEL_ARRAY } from './json-guard.js';
import { parseNdjson } from './ndjson.js';
import { RejectedBodyItem } from './rejected-body-item.js';

const decoder = new TextDecoder('utf-8', { fatal: true });
const invalidUtf8 = (): CommonError => new CommonError(CommonErrorCode.InvalidUtf8, 'The request body is not valid UTF-8');

function decodeStrict(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw invalidUtf8();
  }
}

function parseJson(text: string): unknown {
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
 * A bulk body is decoded, split into its items and parsed item by item, a slice at a time, so a 33 MB
 * bulk never holds the event loop (and every other request) for long. An unsafe key or excessive nesting
 * rejects that item (as NDJSON rejects one line), not the other 9,999.
 */
async function parseBulkJson(body: Buffer): Promise<unknown> {
  const text = await decodeUtf8InSlices(body).catch(() => {
    throw invalidUtf8();
  });
  const texts = await splitJsonArray(text);
  if (texts === undefined) return parseJson(text);
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

/** Bridges a promise to a content-type parser's callback. */
function settle(work: () => Promise<unknown>, done: (error: Error | null, body?: unknown) => void): void {
  work().then((body) => done(null, body), (error: Error) => done(error, undefined));
}

/**
 * Replaces Fastify's JSON parser: its lenient decoding would turn invalid
 * UTF-8 into U+FFFD and store text the author never wrote.
 */
export function registerBodyParsers(fastify: FastifyInstance): void {
  // text/plain too: no route takes plain text, and its parser would hand a bare string to the validators (400 instead of 415).
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser(['application/json'], { parseAs: 'buffer' }, (req: FastifyRequest, body, done) => {
    if (isBulkRoute(req)) return settle(() => parseBulkJson(body as Buffer), done);
    try {
      done(null, parseJson(decodeStrict(body as Buffer)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  fastify.addContentTypeParser(['application/x-ndjson', 'application/ndjson'], { parseAs: 'buffer' }, (_req, body, done) => {
    settle(async () => parseNdjson(await decodeUtf8InSlices(body as Buffer).catch(() => {
      throw invalidUtf8();
    })), done);
  });
}
