import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuthContext } from '../common/auth/auth-context.js';
import type { RequestAuthorizer, RequestFacts } from '../common/auth/request-authorizer.js';
import type { PlatformPrior } from './platform-prior.js';
import { storefrontBody, type CachedBody, type StorefrontCache } from './storefront-cache.js';
import { StorefrontLeanPath } from './storefront-lean-path.js';

const PRODUCT = '0b6a2b9e-4a43-4d4f-9b1a-5d6c7e8f9a0b';
const BODY = storefrontBody('"tag"', '{"productId":"x"}');
const STOREFRONT: AuthContext = { keyId: 'k', principalId: 'p', role: 'storefront', merchantId: null, channelId: null };

/**
 * The lean path answers only what it plainly recognises, from the cache, for an admitted key; every
 * other request reaches the server's own listener (Fastify's) untouched.
 */
describe('StorefrontLeanPath', () => {
  let server: Server;
  let base: string;
  let passedOn: string[];
  let admit: AuthContext | undefined;
  let admitted: RequestFacts[];
  let preClose: (() => void) | undefined;

  beforeAll(async () => {
    // As the app's logger at LOG_LEVEL=log: with debug on, every request goes the full path (it logs a line each).
    Logger.overrideLogger(['log', 'warn', 'error']);
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      passedOn.push(`${req.method} ${req.url}`);
      res.end('full path');
    });
    const cache = {
      enabled: true,
      get: (productId: string): CachedBody | undefined => (productId === PRODUCT ? { ...BODY, expiresAt: Infinity } : undefined),
    } as unknown as StorefrontCache;
    const prior = { peek: () => ({ weight: 7, mean: 4 }) } as unknown as PlatformPrior;
    const authorizer = { admitWhollyOrNot: (facts: RequestFacts) => (admitted.push(facts), admit) } as unknown as RequestAuthorizer;
    const fastify = {
      server,
      genReqId: (req: IncomingMessage) => (req.headers['x-request-id'] as string | undefined) ?? 'generated-id',
      addHook: (_name: string, hook: (done: () => void) => void) => void (preClose = () => hook(() => undefined)),
    } as unknown as FastifyInstance;
    new StorefrontLeanPath({ cache, prior, authorizer, roles: { rating: ['storefront'], reviews: ['storefront'] } }).install(fastify);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    passedOn = [];
    admitted = [];
    admit = STOREFRONT;
  });

  interface Answer { status: number; body: string; headers: IncomingHttpHeaders }
  /** node:http rather than fetch: fetch refuses a GET with a body. */
  const send = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> => new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(init.body);
  });

  it('answers a cached rating and a plain reviews query with the bytes, ETag and headers', async () => {
    for (const path of [`/v1/products/${PRODUCT}/rating`, `/v1/products/${PRODUCT}/reviews?limit=10`, `/v1/products/${PRODUCT}/reviews`]) {
      const res = await send(path);
      expect({ path, status: res.status, body: res.body, etag: res.headers.etag, id: res.headers['x-request-id'], flag: res.headers['x-candor-cache'], nosniff: res.headers['x-content-type-options'] })
        .toEqual({ path, status: 200, body: '{"productId":"x"}', etag: '"tag"', id: 'generated-id', flag: 'hit', nosniff: 'nosniff' });
    }
    expect(passedOn).toEqual([]);
  });

  it('answers If-None-Match with 304 and no body, by weak comparison', async () => {
    const res = await send(`/v1/products/${PRODUCT}/rating`, { headers: { 'if-none-match': 'W/"tag"', 'x-request-id': 'client-id' } });
    expect({ status: res.status, body: res.body, type: res.headers['content-type'], id: res.headers['x-request-id'] }).toEqual({ status: 304, body: '', type: undefined, id: 'client-id' });
  });

  it('adds the CORS headers of an admitted publishable key', async () => {
    admit = { ...STOREFRONT, publishable: { origins: ['https://shop.example'], ipLimit: { perSecond: 20, burst: 60 } } };
    const res = await send(`/v1/products/${PRODUCT}/rating`, { headers: { origin: 'https://shop.example' } });
    expect({ acao: res.headers['access-control-allow-origin'], vary: res.headers.vary }).toEqual({ acao: 'https://shop.example', vary: 'Origin' });
    expect(admitted.at(-1)).toMatchObject({ method: 'GET', ip: '127.0.0.1', headers: expect.objectContaining({ origin: 'https://shop.example' }) });
  });

  it.each([
    ['a key the authorizer does not admit at once', `/v1/products/${PRODUCT}/rating`, {}, false],
    ['a product not cached', '/v1/products/00000000-0000-4000-8000-000000000000/rating', {}, true],
    ['a query on the rating', `/v1/products/${PRODUCT}/rating?x=1`, {}, true],
    ['a repeated parameter', `/v1/products/${PRODUCT}/reviews?limit=10&limit=10`, {}, true],
    ['an unknown parameter', `/v1/products/${PRODUCT}/reviews?merchantId=1`, {}, true],
    ['a __proto__ parameter', `/v1/products/${PRODUCT}/reviews?__proto__=1`, {}, true],
    ['an encoded character', `/v1/products/${PRODUCT}/reviews?sort=%72ecent`, {}, true],
    ['a trailing slash', `/v1/products/${PRODUCT}/rating/`, {}, true],
    ['a HEAD request', `/v1/products/${PRODUCT}/rating`, { method: 'HEAD' }, true],
    ['a GET with a body', `/v1/products/${PRODUCT}/rating`, { body: '{}', headers: { 'content-length': '2' } }, true],
  ] as const)('leaves %s to the full path', async (_what, path, init: { method?: string; body?: string; headers?: Record<string, string> }, admits) => {
    if (!admits) admit = undefined;
    await send(path, init);
    expect(passedOn).toEqual([`${init.method ?? 'GET'} ${path}`]);
  });

  it('remembers the verdict on a query string both ways: a plain one is answered again, an unusual one passed on again', async () => {
    for (let i = 0; i < 2; i += 1) {
      await send(`/v1/products/${PRODUCT}/reviews?limit=5&sort=recent`);
      await send(`/v1/products/${PRODUCT}/reviews?limit=5&bogus=1`);
    }
    expect(passedOn).toEqual([`GET /v1/products/${PRODUCT}/reviews?limit=5&bogus=1`, `GET /v1/products/${PRODUCT}/reviews?limit=5&bogus=1`]);
  });

  it('leaves a request to the full path while debug logging is on', async () => {
    Logger.overrideLogger(['debug', 'log', 'warn', 'error']);
    await send(`/v1/products/${PRODUCT}/rating`);
    Logger.overrideLogger(['log', 'warn', 'error']);
    expect(passedOn).toHaveLength(1);
  });

  it('leaves everything to the full path once the server is closing', async () => {
    preClose?.();
    await send(`/v1/products/${PRODUCT}/rating`);
    expect(passedOn).toHaveLength(1);
  });
});
