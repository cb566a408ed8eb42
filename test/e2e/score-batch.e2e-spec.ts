import { jest } from '@jest/globals';
import { Test, type TestingModule } from '@nestjs/testing';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ClockModule } from '../../src/common/clock/clock.module.js';
import { ConfigModule } from '../../src/config/config.module.js';
import { validateEnv } from '../../src/config/env.dto.js';
import { DatabaseModule } from '../../src/database/database.module.js';
import { QueueModule } from '../../src/queue/queue.module.js';
import { ReviewsRepository } from '../../src/reviews/reviews.repository.js';
import { BatchScoringService } from '../../src/scoring/batch-scoring.service.js';
import { PercentileStore } from '../../src/scoring/percentile-store.js';
import { fingerprintOf, ScoringContextLoader } from '../../src/scoring/scoring-context.loader.js';
import { ScoringEngine } from '../../src/scoring/scoring-engine.js';
import { ScoringModule } from '../../src/scoring/scoring.module.js';
import { ScoringRepository } from '../../src/scoring/scoring.repository.js';
import { ScoringService } from '../../src/scoring/scoring.service.js';
import { bearer } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const SEED = [
  'Absolutely amazing product, best purchase ever, highly recommend to everyone, five stars, will buy again for sure!!',
  'The charger gets two phones to 80% in 40 minutes, stays cool, and the cable is a good 1.5 m long.',
  'Poles feel sturdy, but the zip on the inner door snagged twice during the first weekend out.',
];
const LATER = [
  SEED[0],
  'Absolutely amazing product, best purchase ever, highly recommend to everyone, five stars, will buy it again for sure!!',
  'The charger gets two phones to 80% in 40 minutes, stays cool, and the cable is a good 1.5 m long. Recommended.',
  'Great tent. Call me on 13812345678 or write to alice.smith@example.com for a discount code.',
  'Arrived a day late; the fly sheet is thinner than pictured but kept the rain out on a windy night.',
  'Pitched it in 10 minutes on the first try; stayed dry through a night of rain.',
];

/**
 * The batch path of the score job (BatchScoringService, what the worker runs) against the one-review
 * path: same engine results for the same database state, same exactly-once writes, and per-job outcomes.
 */
describe('micro-batched scoring', () => {
  let t: TestApp;
  let w: World;
  let scoring: TestingModule;
  let db: pg.Client;
  let batch: BatchScoringService;
  let single: ScoringService;
  let reviews: ReviewsRepository;

  const ingest = async (bodies: string[], reviewer = 'same-author'): Promise<string[]> => {
    const ids: string[] = [];
    for (const [i, body] of bodies.entries()) {
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({
        productId: i % 2 === 0 ? w.product.id : w.otherProduct.id, rating: 5, title: null, body,
        reviewer: { externalId: i % 3 === 0 ? reviewer : `author-${i}-${reviewer}`, displayName: 'Sam Lee' }, ip: '203.0.113.7',
      }));
      expect(res.status).toBe(202);
      ids.push(res.body.id);
    }
    return ids;
  };
  const count = async (sql: string, ids: string[]): Promise<number> => Number((await db.query(sql, [ids])).rows[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    // The scoring use cases without a queue consumer: nothing scores behind the test's back.
    scoring = await Test.createTestingModule({ imports: [ConfigModule.forRoot(validateEnv(t.env)), ClockModule, DatabaseModule, QueueModule, ScoringModule] }).compile();
    await scoring.init();
    batch = scoring.get(BatchScoringService);
    single = scoring.get(ScoringService);
    reviews = scoring.get(ReviewsRepository);
    db = new pg.Client({ connectionString: t.db.url });
    await db.connect();
    const seeded = await ingest(SEED, 'seed-author');
    const outcomes = await batch.scoreMany(seeded.map((reviewId) => ({ reviewId, revision: 1 })));
    expect(outcomes).toEqual(seeded.map(() => ({ status: 'fulfilled', value: 'scored' })));
  });
  afterAll(async () => {
    await db?.end();
    await scoring?.close();
    await t?.close();
  });

  it('gives every review the engine result the one-review path gives it on the same database state', async () => {
    const ids = await ingest(LATER, 'later-author');
    const loaded = await reviews.findByIds(ids);
    const one = await Promise.all(loaded.map((r) => single.evaluate(r)));
    const many = await single.evaluateMany(loaded);
    expect(many.map((e) => e.result)).toEqual(one.map((e) => e.result));
    expect(many.map((e) => e.fingerprint)).toEqual(one.map((e) => e.fingerprint));
    // The comparison covers the database-backed signals: the copies found the seeded reviews.
    const fired = new Set(many.flatMap((e) => e.result.signals.filter((s) => s.value > 0).map((s) => s.id)));
    expect([...fired]).toEqual(expect.arrayContaining(['exact_duplicate', 'near_duplicate']));
  });

  it('settles each job with its own outcome and writes each review exactly once', async () => {
    const ids = await ingest(LATER.slice(1), 'batch-author');
    const missing = '00000000-0000-4000-8000-000000000000';
    const outcomes = await batch.scoreMany([
      ...ids.map((reviewId) => ({ reviewId, revision: 1 })),
      { reviewId: ids[0], revision: 2 }, { reviewId: ids[1], revision: 1 }, { reviewId: missing, revision: 1 },
    ]);
    expect(outcomes.slice(0, ids.length)).toEqual(ids.map(() => ({ status: 'fulfilled', value: 'scored' })));
    expect(outcomes.slice(ids.length, ids.length + 2)).toEqual([{ status: 'fulfilled', value: 'stale' }, { status: 'fulfilled', value: 'already-decided' }]);
    expect(outcomes[ids.length + 2]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ name: 'UnrecoverableError' }) });
    expect(await batch.scoreMany(ids.map((reviewId) => ({ reviewId, revision: 1 })))).toEqual(ids.map(() => ({ status: 'fulfilled', value: 'already-decided' })));

    expect(await count('SELECT count(*) AS n FROM review_scores WHERE review_id = ANY($1)', ids)).toBe(ids.length);
    expect(await count('SELECT count(*) AS n FROM decision_records WHERE automated AND review_id = ANY($1)', ids)).toBe(ids.length);
    expect(await count(`SELECT count(*) AS n FROM outbox_events WHERE topic = 'review.decided' AND aggregate_id = ANY($1)`, ids)).toBe(ids.length);
    expect(await count('SELECT count(*) AS n FROM review_lsh_bands WHERE review_id = ANY($1)', ids)).toBe(32 * ids.length);
    const held = await count(`SELECT count(*) AS n FROM reviews WHERE status = 'held' AND id = ANY($1)`, ids);
    expect(await count('SELECT count(*) AS n FROM moderation_items WHERE review_id = ANY($1)', ids)).toBe(held);
    const { rows } = await db.query(`SELECT DISTINCT r.status, s.verdict FROM reviews r JOIN review_scores s ON s.review_id = r.id WHERE r.id = ANY($1)`, [ids]);
    for (const row of rows) expect({ publish: 'published', hold: 'held', withhold: 'withheld' }[row.verdict as string]).toBe(row.status);
  });

  it('scores a failed batch again one review at a time', async () => {
    const ids = await ingest(LATER.slice(3), 'retry-author');
    const writes = scoring.get(ScoringRepository);
    const spy = jest.spyOn(writes, 'saveFingerprints').mockRejectedValueOnce(new Error('connection reset'));
    try {
      expect(await batch.scoreMany(ids.map((reviewId) => ({ reviewId, revision: 1 })))).toEqual(ids.map(() => ({ status: 'fulfilled', value: 'scored' })));
      expect(spy).toHaveBeenCalledTimes(1 + ids.length);
    } finally {
      spy.mockRestore();
    }
    expect(await count('SELECT count(*) AS n FROM review_scores WHERE review_id = ANY($1)', ids)).toBe(ids.length);
    expect(await count('SELECT count(*) AS n FROM decision_records WHERE review_id = ANY($1)', ids)).toBe(ids.length);
  });

  it('replaces a re-fingerprinted review\'s band rows and leaves first fingerprints to a plain insert', async () => {
    const [id] = await ingest([LATER[4]], 'edit-author');
    const [review] = await reviews.findByIds([id]);
    const writes = scoring.get(ScoringRepository);
    const bands = async (): Promise<string[]> => (await db.query('SELECT band_key FROM review_lsh_bands WHERE review_id = $1', [id])).rows.map((r) => r.band_key).sort();
    const first = fingerprintOf(review);
    const edited = fingerprintOf({ ...review, body: LATER[5] });
    await scoring.get(DataSource).transaction((m) => writes.saveFingerprints(m, [{ review, fingerprint: first }]));
    expect(await bands()).toEqual([...first.bandKeys].sort());
    await scoring.get(DataSource).transaction((m) => writes.saveFingerprints(m, [{ review, fingerprint: edited }]));
    expect(await bands()).toEqual([...edited.bandKeys].sort());
  });

  it('scores a batch as if its reviews were committed one after another', async () => {
    const ring = 'Absolutely amazing seller, fast shipping, best purchase of the year, tell all your friends, ten stars, will buy again!!';
    const ids: string[] = [];
    for (const [n, body] of [ring, ring, `${ring} Really.`].entries()) {
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({
        productId: n === 2 ? w.otherProduct.id : w.product.id, rating: 5, title: null, body, reviewer: { externalId: `ring-${n}`, displayName: 'Ring' },
      }));
      ids.push(res.body.id);
    }
    const batched = await single.evaluateMany(await reviews.findByIds(ids).then((rs) => ids.map((id) => rs.find((r) => r.id === id)!)));
    // The one-review path, with each earlier review committed first: what sequential scoring sees.
    for (const [i, id] of ids.entries()) {
      const [review] = await reviews.findByIds([id]);
      expect((await single.evaluate(review)).result).toEqual(batched[i].result);
      expect(await batch.scoreMany([{ reviewId: id, revision: 1 }])).toEqual([{ status: 'fulfilled', value: 'scored' }]);
    }
    const signal = (i: number, id: string): number | undefined => batched[i].result.signals.find((s) => s.id === id)?.value;
    expect([signal(0, 'exact_duplicate'), signal(1, 'exact_duplicate')]).toEqual([0, 1]);
    expect(signal(2, 'near_duplicate')).toBeGreaterThan(0);
  });

  it('counts a bulk burst\'s reviews in each other\'s count facts exactly as committed reviews count', async () => {
    // One bulk request: one product, one IP and device, new accounts among the reviewers, one reviewer posting
    // three times and also reviewing the other product, so every count fact of the context is non-trivial.
    const day = 86_400_000;
    const created = (days: number): string => new Date(Date.now() - days * day).toISOString();
    const fresh = await buildWorld(t);
    const plan = [
      { who: 'burst-a', rating: 5, age: 2 }, { who: 'burst-b', rating: 5, age: 400 }, { who: 'burst-a', rating: 4, age: 2 },
      { who: 'burst-c', rating: 1, age: 5 }, { who: 'burst-a', rating: 5, age: 2, other: true }, { who: 'burst-d', rating: 3, age: 900 },
      { who: 'burst-e', rating: 5, age: 1 },
    ];
    const items = plan.map((p, n) => reviewBody({
      productId: p.other ? fresh.otherProduct.id : fresh.product.id, rating: p.rating, title: null, ip: '198.51.100.23', deviceId: `device-${fresh.product.id}`,
      body: `Burst review number ${n}: ${SEED[n % SEED.length]}`,
      reviewer: { externalId: `${p.who}-${fresh.product.id}`, displayName: 'Burst', accountCreatedAt: created(p.age) },
    }));
    const res = await request(t.server).post('/v1/reviews:bulk').set(...bearer(fresh.channel.key)).send(items);
    expect(res.status).toBeLessThan(300);
    const ids: string[] = res.body.results.map((r: { id: string }) => r.id);
    expect(ids).toHaveLength(plan.length);
    const loaded = await reviews.findByIds(ids).then((rs) => ids.map((id) => rs.find((r) => r.id === id)!));

    const loader = scoring.get(ScoringContextLoader);
    const rules = scoring.get(ScoringEngine).rules;
    const tables = await scoring.get(PercentileStore).current();
    const requests = loaded.map((review) => ({ review, fingerprint: fingerprintOf(review) }));
    const batchedContexts = await loader.loadMany(requests, rules, tables);
    const batched = await single.evaluateMany(loaded);
    const counts = (c: (typeof batchedContexts)[number]): unknown => ({
      product: c.product, network: c.network,
      reviewer: { ...c.reviewer, previousBodyHashes: c.reviewer.previousBodyHashes.length },
    });
    for (const [i, review] of loaded.entries()) {
      const sequential = await loader.load(review, requests[i].fingerprint, rules, tables);
      expect(counts(batchedContexts[i])).toEqual(counts(sequential));
      expect((await single.evaluate(review)).result).toEqual(batched[i].result);
      expect(await batch.scoreMany([{ reviewId: review.id, revision: 1 }])).toEqual([{ status: 'fulfilled', value: 'scored' }]);
    }
    // Even the batch's first review counts the whole burst: the rows were committed at intake and share one
    // received_at, so the comparison above is of real counts, and adding batch-mates again would count them twice.
    const first = batchedContexts[0];
    expect(first.product.activity).toMatchObject({ countLast24h: 5, countSinceFirst: 5 });
    expect(first.product.ratings).toEqual({ count: 5, sum: 18, sumSq: 76 });
    expect(first.product.newAccounts).toMatchObject({ reviews: 5, fromNewAccounts: 3 });
    expect(first.reviewer).toMatchObject({ reviewCount: 2, reviewsLast24h: 2, maxPerDay: 3, ratingHistogram: [0, 0, 0, 1, 1] });
    expect(first.network).toMatchObject({ reviewersSharingIp: 5, reviewersSharingDevice: 5, newAccountsOnIp: expect.objectContaining({ others: 2 }) });
  });
});
