import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { RepeatThrottle } from '../logging/repeat-throttle.js';
import { redactSecrets } from '../logging/request-logging.js';
import { CommonErrorCode } from './common-error.js';
import { DomainError } from './domain-error.js';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

const HTTP_CODES: Record<number, CommonErrorCode> = {
  400: CommonErrorCode.BadRequest,
  401: CommonErrorCode.Unauthenticated,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  405: CommonErrorCode.MethodNotAllowed,
  409: CommonErrorCode.Conflict,
  413: CommonErrorCode.PayloadTooLarge,
  415: CommonErrorCode.UnsupportedMediaType,
  429: CommonErrorCode.RateLimited,
  503: CommonErrorCode.ServiceUnavailable,
};

/** PostgreSQL errors that mean "the database is unreachable right now", not "bug". */
const UNAVAILABLE_PG = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08003', '08006', '08001', '08004']);
const UNAVAILABLE_NET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

function fromFastify(error: { statusCode?: number; code?: string; message: string }): ErrorBody | undefined {
  if (!error.code?.startsWith('FST_')) return undefined;
  const statusCode = error.statusCode ?? 400;
  const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? CommonErrorCode.PayloadTooLarge
    : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? CommonErrorCode.UnsupportedMediaType
    : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? CommonErrorCode.MalformedJson
    : HTTP_CODES[statusCode] ?? CommonErrorCode.BadRequest;
  return { statusCode, code, message: error.message };
}

function isUnavailable(error: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection emits 'error' (server shut down or
  // restarted mid-transaction); the transaction's next query then throws this instead of a pg error.
  if (error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const e = error as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e.driverError?.code ?? e.code;
  if (code && (UNAVAILABLE_PG.has(code) || UNAVAILABLE_NET.has(code))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e.message ?? '');
}

/**
 * During an outage every request fails the same way: the first is logged with its request, then one line
 * per 30 s per distinct error with how many were not logged. Shared by every filter instance.
 */
const outageLog = new RepeatThrottle(30_000);

/** One error shape for every failure; unknown errors never leak their message. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  public catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.send(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }

  /** Also for the few Fastify hooks that answer without entering Nest (the storefront's cached responses). */
  public send(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const body = { ...this.toBody(error, request), requestId: request.id };
    if (body.statusCode === 503) void reply.header('Retry-After', '5');
    const retryAfter = (body.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (body.statusCode === 429 && retryAfter) void reply.header('Retry-After', String(retryAfter));
    void reply.status(body.statusCode).send(body);
  }

  private toBody(error: unknown, request: FastifyRequest): ErrorBody {
    if (error instanceof DomainError) {
      return { statusCode: error.status, code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof HttpException) {
      const statusCode = error.getStatus();
      const response = error.getResponse() as { message?: unknown };
      const message = typeof response === 'object' && typeof response.message === 'string' ? response.message : error.message;
      return { statusCode, code: HTTP_CODES[statusCode] ?? CommonErrorCode.BadRequest, message };
    }
    const fastify = fromFastify(error as { statusCode?: number; code?: string; message: string });
    if (fastify) return fastify;
    if (isUnavailable(error) || (error instanceof QueryFailedError && isUnavailable(error.driverError))) {
      const message = (error as Error).message;
      const line = outageLog.admit(message, `database unavailable for ${request.method} ${redactSecrets(request.url)} (${request.id}): ${message}`, Date.now());
      if (line) this.logger.warn(line);
      return { statusCode: 503, code: CommonErrorCode.ServiceUnavailable, message: 'Storage is temporarily unavailable; retry later' };
    }
    this.logger.error(`unhandled error for ${request.method} ${redactSecrets(request.url)} (${request.id})`, (error as Error)?.stack);
    return { statusCode: 500, code: CommonErrorCode.Internal, message: 'Internal error' };
  }
}
