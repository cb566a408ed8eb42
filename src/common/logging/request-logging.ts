import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** One structured line per request, carrying the request id that error bodies also return. */
export function registerRequestLogging(fastify: FastifyInstance): void {
  const logger = new Logger('HTTP');
  fastify.addHook('onResponse', async (request, reply) => {
    const entry = { requestId: request.id, method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (reply.statusCode >= 500) logger.error(entry);
    else if (reply.statusCode >= 400) logger.warn(entry);
    else logger.debug(entry);
  });
}
