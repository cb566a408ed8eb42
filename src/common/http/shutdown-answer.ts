import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';

/**
 * Requests that reach a closing server (pipelined or on a busy keep-alive connection) get 503 in our
 * error shape, with `code`, `requestId` and `Retry-After`, and `Connection: close` so the client's next
 * attempt opens a connection to a live process. Fastify's own closing answer (return503OnClosing, turned
 * off in createFastifyAdapter) had none of these.
 */
export function registerShutdownAnswer(fastify: FastifyInstance): void {
  const answered = shutdownAnswer(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!answered(request, reply)) done();
  });
}

/**
 * The check behind registerShutdownAnswer, for configureApp's single onRequest hook: true when the
 * request was answered (the server is closing), false to carry on.
 */
export function shutdownAnswer(fastify: FastifyInstance): (request: FastifyRequest, reply: FastifyReply) => boolean {
  let closing = false;
  const errors = new AllExceptionsFilter();
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  return (request, reply) => {
    if (!closing) return false;
    void reply.header('connection', 'close');
    errors.send(new CommonError(CommonErrorCode.ServiceUnavailable, 'This server is shutting down; retry'), request, reply);
    return true;
  };
}
