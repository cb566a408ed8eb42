import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidUtf8, parseJsonText, RawBulkBody } from './bulk-body.js';
import { isBulkRoute } from './bulk-route.js';
import { decodeUtf8InSlices } from './json-array-slices.js';
import { parseNdjson } from './ndjson.js';
import { readBody, readSharedBody } from './shared-body.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeStrict(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw invalidUtf8();
  }
}

/**
 * Replaces Fastify's JSON parser: its lenient decoding would turn invalid
 * UTF-8 into U+FFFD and store text the author never wrote. Bulk routes get their
 * bytes unparsed (RawBulkBody): bulk intake decodes, parses and validates them off the event loop.
 */
export function registerBodyParsers(fastify: FastifyInstance): void {
  // text/plain too: no route takes plain text, and its parser would hand a bare string to the validators (400 instead of 415).
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  const parseJson = (body: Buffer): unknown => parseJsonText(decodeStrict(body));
  const parseNd = (body: Buffer): Promise<unknown> => decodeUtf8InSlices(body).then(parseNdjson, () => {
    throw invalidUtf8();
  });
  for (const [types, format, parse] of [[['application/json'], 'json', parseJson], [['application/x-ndjson', 'application/ndjson'], 'ndjson', parseNd]] as const) {
    // No parseAs: the parser reads the stream itself, a bulk route's into shared memory (readSharedBody).
    fastify.addContentTypeParser([...types], (req: FastifyRequest, payload, done) => {
      const limit = req.routeOptions.bodyLimit ?? fastify.initialConfig.bodyLimit ?? Number.POSITIVE_INFINITY;
      const length = req.headers['content-length'];
      if (isBulkRoute(req)) {
        readSharedBody(payload, length, limit).then((bytes) => done(null, new RawBulkBody(bytes, format)), (error: Error) => done(error, undefined));
        return;
      }
      readBody(payload, length, limit).then(parse).then((body) => done(null, body), (error: Error) => done(error, undefined));
    });
  }
}
