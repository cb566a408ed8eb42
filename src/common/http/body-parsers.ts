import type { FastifyInstance } from 'fastify';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { findJsonHazard } from './json-guard.js';
import { parseNdjson } from './ndjson.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeStrict(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw new CommonError(CommonErrorCode.InvalidUtf8, 'The request body is not valid UTF-8');
  }
}

/**
 * Replaces Fastify's JSON parser: its lenient decoding would turn invalid
 * UTF-8 into U+FFFD and store text the author never wrote.
 */
export function registerBodyParsers(fastify: FastifyInstance): void {
  // text/plain too: no route takes plain text, and its parser would hand a bare string to the validators (400 instead of 415).
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser(['application/json'], { parseAs: 'buffer' }, (_req, body, done) => {
    const text = decodeStrict(body as Buffer);
    if (text.trim() === '') return done(new CommonError(CommonErrorCode.MalformedJson, 'The request body is empty'), undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return done(new CommonError(CommonErrorCode.MalformedJson, `Malformed JSON: ${(error as Error).message}`), undefined);
    }
    const hazard = findJsonHazard(parsed);
    if (hazard) return done(new CommonError(hazard.code, hazard.message), undefined);
    done(null, parsed);
  });
  fastify.addContentTypeParser(['application/x-ndjson', 'application/ndjson'], { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseNdjson(decodeStrict(body as Buffer)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
