import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** API keys and webhook secrets look like this; keep the key prefix (it identifies, it does not authenticate). */
const SECRET_SHAPES: [RegExp, string][] = [
  [/(cnd_[0-9a-f]{12}_)[A-Za-z0-9_-]+/g, '$1[redacted]'],
  [/whsec_[A-Za-z0-9_-]+/g, 'whsec_[redacted]'],
];

/** Keys are only accepted in headers, but a client that puts one in a URL must not get it written to our logs. */
export function redactSecrets(text: string): string {
  return SECRET_SHAPES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** One structured line per request, carrying the request id that error bodies also return. */
export function registerRequestLogging(fastify: FastifyInstance): void {
  const logger = new Logger('HTTP');
  fastify.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    // Building the entry (and redacting the URL) is skipped for the common 2xx case unless debug is on.
    if (status >= 400 || Logger.isLevelEnabled('debug')) {
      const entry = { requestId: request.id, method: request.method, url: redactSecrets(request.url), status, ms: Math.round(reply.elapsedTime) };
      if (status >= 500) logger.error(entry);
      else if (status >= 400) logger.warn(entry);
      else logger.debug(entry);
    }
    done();
  });
}
