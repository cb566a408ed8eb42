import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { BenchResult } from './bench-result.js';
import { createBenchDatabase } from './bench-api.js';
import { reviewerJson, reviewFragments } from './intake-fixtures.js';
import { seed } from './storefront.js';
import { AppModule } from '../src/app.module.js';
import { ApiKeysService } from '../src/common/auth/api-keys.service.js';
import { validateEnv } from '../src/config/env.dto.js';
import { configureApp, createFastifyAdapter } from '../src/configure-app.js';
import { median } from './percentile.js';

const QUICK = process.env.BENCH_QUICK === '1';
const READS = QUICK ? 5_000 : 30_000;
const POSTS = QUICK ? 300 : 1_500;
const ROUNDS = 5;
const PRODUCTS = 200;
const CHANNEL_ID = '00000000-0000-4000-8000-000000000002';
const MERCHANT_ID = '00000000-0000-4000-8000-000000000001';

const log = (line: string): void => void process.stderr.write(`[bench:http-cost] ${line}\n`);

interface Inject { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; payload?: string }

/**
 * CPU (user + system) of this process per request, over `count` sequential in-process requests
 * (fastify.inject: no sockets, so no scheduler noise from a loaded machine). Fails on any non-2xx.
 */
async function cpuPerRequestUs(app: FastifyInstance, count: number, next: (n: number) => Inject): Promise<number> {
  const start = process.cpuUsage();
  for (let n = 0; n < count; n += 1) {
    const res = await app.inject(next(n));
    if (res.statusCode >= 300) throw new Error(`${next(n).url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}

/** Counts the queries every pg client in this process sends (TypeORM's pool included). */
function countQueries(): { read(): number } {
  let queries = 0;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]): unknown {
    queries += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return { read: () => queries };
}

/** 20 products listed on the seeded channel (`bench-web`) through the admin API; their channel SKUs. */
async function listProducts(fastify: FastifyInstance, admin: Record<string, string>): Promise<string[]> {
  const skus: string[] = [];
  for (let n = 0; n < 20; n += 1) {
    const sku = `post-${n}`;
    const product = await fastify.inject({ method: 'POST', url: '/v1/products', headers: admin, payload: { merchantId: MERCHANT_ID, sku, name: `Product ${sku}` } });
    const listing = await fastify.inject({ method: 'POST', url: '/v1/channel-listings', headers: admin, payload: { channel: 'bench-web', externalSku: `W-${sku}`, productId: product.json<{ id: string }>().id } });
    if (listing.statusCode >= 300) throw new Error(`listing ${sku} answered ${listing.statusCode}: ${listing.body}`);
    skus.push(`W-${sku}`);
  }
  return skus;
}

/** The bare reference: the same bytes and content headers from a Fastify route with no hooks, in this process. */
async function bareServer(bodies: Map<string, { etag: string; json: string }>): Promise<FastifyInstance> {
  const bare = Fastify({ logger: false });
  const answer = (url: string, reply: import('fastify').FastifyReply): unknown => {
    const hit = bodies.get(url);
    if (!hit) return reply.code(404).send('{}');
    return reply.header('etag', hit.etag).header('cache-control', 'public, max-age=30, stale-while-revalidate=300')
      .header('content-type', 'application/json; charset=utf-8').send(hit.json);
  };
  bare.get('/v1/products/:id/rating', (request, reply) => answer(request.url, reply));
  bare.get('/v1/products/:id/reviews', (request, reply) => answer(request.url, reply));
  bare.post('/v1/reviews', (_request, reply) => reply.code(201).send({ id: '00000000-0000-4000-8000-000000000000', status: 'received' }));
  await bare.ready();
  return bare;
}

/**
 * Issue 17 item 5 / issue 19's single POST, as CPU: the Candor app (configureApp, as main.ts) and a bare
 * Fastify route in one process, alternating rounds, each request through inject(). CPU per request is
 * what a loaded machine cannot distort; the difference Candor − bare is the work the HTTP layer adds.
 */
export async function runHttpCostBench(): Promise<BenchResult[]> {
  const database = await createBenchDatabase(true);
  const queries = countQueries();
  let app: NestFastifyApplication | undefined;
  try {
    const seeded = await seed(database.url, PRODUCTS, PRODUCTS / 2);
    const env = validateEnv({
      NODE_ENV: 'production', DATABASE_URL: database.url, LOG_LEVEL: 'log', QUEUE_PREFIX: `cost${randomBytes(3).toString('hex')}`,
      API_KEY_PEPPER: randomBytes(24).toString('hex'), RATE_LIMIT_PER_SECOND: '0', RATINGS_CACHE: 'on', RATING_PRIOR_MEAN: '4', RATINGS_CACHE_WARM_PRODUCTS: '0',
    });
    app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env), createFastifyAdapter(env.BODY_LIMIT_BYTES), { bodyParser: false, logger: ['error', 'warn'] });
    await configureApp(app);
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const keys = app.get(ApiKeysService);
    const storefront = { authorization: `Bearer ${(await keys.create({ role: 'storefront', label: 'bench' })).key}` };
    const channel = { authorization: `Bearer ${(await keys.create({ role: 'channel', label: 'bench', channelId: CHANNEL_ID })).key}`, 'content-type': 'application/json' };
    const routes = [
      { name: 'GET /v1/products/:id/rating', urls: seeded.all.map((id) => `/v1/products/${id}/rating`) },
      { name: 'GET /v1/products/:id/reviews?limit=10', urls: seeded.reviewed.map((id) => `/v1/products/${id}/reviews?limit=10`) },
    ];
    const bodies = new Map<string, { etag: string; json: string }>();
    for (const url of routes.flatMap((r) => r.urls)) {
      const res = await fastify.inject({ method: 'GET', url, headers: storefront });
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
      bodies.set(url, { etag: String(res.headers.etag), json: res.body });
    }
    const bare = await bareServer(bodies);
    const results: BenchResult[] = [];
    const compare = async (name: string, count: number, next: (n: number) => Inject, extra = ''): Promise<void> => {
      const candor: number[] = [];
      const reference: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        candor.push(await cpuPerRequestUs(fastify, count, next));
        reference.push(await cpuPerRequestUs(bare, count, next));
        log(`${name} round ${round + 1}: Candor ${candor[round].toFixed(1)} µs | bare ${reference[round].toFixed(1)} µs CPU per request`);
      }
      const c = median(candor);
      const b = median(reference);
      results.push({
        name: `HTTP cost: CPU per ${name}, Candor vs bare Fastify (in-process inject, ${count} requests × ${ROUNDS} alternating rounds)`,
        throughput: `${c.toFixed(1)} µs vs ${b.toFixed(1)} µs (${(c / b).toFixed(2)}×, +${(c - b).toFixed(1)} µs)`,
        notes: `medians; Candor ${candor.map((x) => x.toFixed(1)).join(', ')}; bare ${reference.map((x) => x.toFixed(1)).join(', ')} µs${extra}`,
      });
    };
    for (const route of routes) {
      await compare(`cached ${route.name}`, READS, (n) => ({ method: 'GET', url: route.urls[n % route.urls.length], headers: storefront }));
    }
    const fragments = reviewFragments(200, await listProducts(fastify, { authorization: `Bearer ${(await keys.create({ role: 'admin', label: 'bench' })).key}` }));
    const runId = randomBytes(4).toString('hex');
    let sequence = 0;
    const post = (): Inject => {
      sequence += 1;
      return { method: 'POST', url: '/v1/reviews', headers: channel, payload: `{"externalId":"c-${runId}-${sequence}",${reviewerJson()},${fragments[sequence % fragments.length]}}` };
    };
    const before = queries.read();
    const postsBefore = sequence;
    await cpuPerRequestUs(fastify, 50, post);
    const perPost = (queries.read() - before) / (sequence - postsBefore);
    await compare('single POST /v1/reviews (a new review each)', POSTS, post, `; ${perPost.toFixed(1)} pg queries per POST (counted on pg.Client.query)`);
    return results;
  } finally {
    await app?.close();
    await database.drop();
  }
}
