import type { FastifyInstance } from 'fastify';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';

/**
 * Requests that reach a closing server (pipelined or on a busy keep-alive connection) get 503 in our
 * error shape, with `code`, `requestId` and `Retry-After`, and `Connection: close` so the client's next
 * attempt opens a connection to a live process. Fastify's own closing answer (return503OnClosing, turned
 * off in createFastifyAdapter) had none of these.
 */
export function registerShutdownAnswer(fastify: FastifyInstance): void {
  let closing = false;
  const errors = new AllExceptionsFilter();
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!closing) return done();
    void reply.header('connection', 'close');
    errors.send(new CommonError(CommonErrorCode.ServiceUnavailable, 'This server is shutting down; retry'), request, reply);
  });
}
