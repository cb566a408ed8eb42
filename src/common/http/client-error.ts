import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { CommonErrorCode } from '../errors/common-error.js';

/** What Node's HTTP parser rejected before any route (or our exception filter) could see the request. */
export function clientErrorBody(error: { code?: string }): { statusCode: number; code: string; message: string } {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return { statusCode: 431, code: CommonErrorCode.HeadersTooLarge, message: 'The request headers are larger than the server accepts' };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { statusCode: 408, code: CommonErrorCode.RequestTimeout, message: 'The request was not received in time' };
  }
  return { statusCode: 400, code: CommonErrorCode.BadRequest, message: 'Malformed HTTP request' };
}

/**
 * Fastify's default answer here is JSON without our `code`; clients key their handling on `code`,
 * so these low-level rejections carry one too. The connection is closed: the parser state is unknown.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const reply = clientErrorBody(error);
  const body = JSON.stringify(reply);
  socket.end(`HTTP/1.1 ${reply.statusCode} ${STATUS_CODES[reply.statusCode] ?? 'Error'}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n`
    + `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
