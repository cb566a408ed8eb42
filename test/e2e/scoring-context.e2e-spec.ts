import request from 'supertest';
import { DataSource } from 'typeorm';
import { ScoringContextRepository } from '../../src/scoring/scoring-context.repository.js';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WINDOWS = { product: { windowHours: 24, maxAgeDays: 30 }, ip: { windowDays: 30, maxAgeDays: 30 }, device: { windowHours: 72 } };

/**
 * The new-account facts the simulation harness models, read by the real loader SQL from
 * PostgreSQL: only what was written up to the item counts (event time: submitted_at), and an
 * account is new while it is under maxAgeDays old at ITS review.
 */
describe('scoring context loader: new accounts on the product and on the IP', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let repo: ScoringContextRepository;
  const T = new Date('2026-11-20T12:00:00Z');

  /** Posts a review written at `at` and received at `receivedAt` (default: `at`); intake stamps the arrival time itself. */
  const post = async (o: { reviewer: string; productId: string; at: Date; receivedAt?: Date; createdDaysBefore?: number; ip?: string; deviceId?: string }): Promise<{ id: string; reviewerId: string }> => {
    const accountCreatedAt = o.createdDaysBefore === undefined ? undefined : new Date(o.at.getTime() - o.createdDaysBefore * DAY).toISOString();
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key))
      .send(reviewBody({ productId: o.productId, ip: o.ip, deviceId: o.deviceId, submittedAt: o.at.toISOString(), reviewer: { externalId: o.reviewer, displayName: o.reviewer, accountCreatedAt } }));
    expect(res.status).toBe(202);
    // submittedAt is part of the review's identity (fixed at intake); only the arrival time is moved here.
    const [row] = await sql.query<{ reviewer_id: string }>('UPDATE reviews SET received_at = $2 WHERE id = $1 RETURNING reviewer_id',
      [res.body.id, o.receivedAt ?? o.at]);
    return { id: res.body.id, reviewerId: row.reviewer_id };
  };
  const before = (ms: number): Date => new Date(T.getTime() - ms);

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    repo = new ScoringContextRepository(t.app.get(DataSource));
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('counts new-account reviews of the product in 24h and new accounts on the IP in 30 days, never later ones', async () => {
    const p = w.product.id;
    const ip = '203.0.113.7';
    await post({ reviewer: 'fresh-a', productId: p, at: before(2 * HOUR), createdDaysBefore: 3, ip });
    await post({ reviewer: 'fresh-b', productId: p, at: before(20 * HOUR), createdDaysBefore: 29 });
    await post({ reviewer: 'old-c', productId: p, at: before(5 * HOUR), createdDaysBefore: 400, ip });
    await post({ reviewer: 'unknown-d', productId: p, at: before(HOUR) }); // no creation time: neither new nor old
    await post({ reviewer: 'fresh-e', productId: p, at: before(30 * HOUR), createdDaysBefore: 1 }); // beyond 24h
    await post({ reviewer: 'fresh-f', productId: w.otherProduct.id, at: before(20 * DAY), createdDaysBefore: 5, ip }); // same IP, 20 days ago
    await post({ reviewer: 'fresh-g', productId: w.otherProduct.id, at: before(40 * DAY), createdDaysBefore: 5, ip }); // beyond 30 days
    await post({ reviewer: 'fresh-h', productId: p, at: new Date(T.getTime() + HOUR), receivedAt: before(2 * HOUR), createdDaysBefore: 2, ip }); // written later, received earlier
    const item = await post({ reviewer: 'fresh-i', productId: p, at: T, createdDaysBefore: 2, ip });

    const review = { id: item.id, productId: p, reviewerId: item.reviewerId, submittedAt: T, ipHash: null as string | null, deviceHash: null };
    [{ ip_hash: review.ipHash }] = await sql.query<{ ip_hash: string }>('SELECT ip_hash FROM reviews WHERE id = $1', [item.id]);
    const facts = await repo.facts(review, 'no-such-hash', 72, 2, WINDOWS);

    // In the 24h before T, the item excluded: fresh-a, fresh-b (29 days old then), old-c; unknown-d not counted.
    expect(facts.newAccounts).toEqual({ windowHours: 24, maxAgeDays: 30, reviews: 3, fromNewAccounts: 2 });
    // New accounts on the IP within 30 days before T: fresh-a and fresh-f (old-c is not new, fresh-h was written later).
    expect(facts.network.newAccountsOnIp).toEqual({ windowDays: 30, maxAgeDays: 30, others: 2 });

    const narrow = await repo.facts(review, 'no-such-hash', 72, 2, { product: { windowHours: 3, maxAgeDays: 10 }, ip: { windowDays: 7, maxAgeDays: 30 }, device: { windowHours: 72 } });
    expect(narrow.newAccounts).toMatchObject({ reviews: 1, fromNewAccounts: 1 }); // fresh-a only
    expect(narrow.network.newAccountsOnIp.others).toBe(1);
  });

  it('counts accounts on the device over device_cluster\'s own window, longer than the network window', async () => {
    const p = w.otherProduct.id;
    const deviceId = 'farm-phone-1';
    await post({ reviewer: 'farm-a', productId: p, at: before(10 * DAY), deviceId }); // an earlier wave
    await post({ reviewer: 'farm-b', productId: p, at: before(9 * DAY), deviceId });
    await post({ reviewer: 'farm-c', productId: p, at: before(2 * HOUR), deviceId }); // this wave
    await post({ reviewer: 'farm-d', productId: p, at: before(40 * DAY), deviceId }); // beyond 30 days
    await post({ reviewer: 'farm-e', productId: p, at: new Date(T.getTime() + HOUR), deviceId }); // written later
    const item = await post({ reviewer: 'farm-f', productId: p, at: T, deviceId });
    const [{ device_hash: deviceHash }] = await sql.query<{ device_hash: string }>('SELECT device_hash FROM reviews WHERE id = $1', [item.id]);
    const review = { id: item.id, productId: p, reviewerId: item.reviewerId, submittedAt: T, ipHash: null, deviceHash };
    // 72 hours: farm-c and the item's own account; 30 days: farm-a and farm-b as well.
    expect((await repo.facts(review, 'no-such-hash', 72, 2, WINDOWS)).network.device).toBe(2);
    expect((await repo.facts(review, 'no-such-hash', 72, 2, { ...WINDOWS, device: { windowHours: 30 * 24 } })).network.device).toBe(4);
  });

  it('windows product activity and reviewer history by when reviews were written, not received', async () => {
    const created = await request(t.server).post('/v1/products').set(...bearer(w.adminKey)).send({ merchantId: w.merchant.id, sku: 'event-time', name: 'Lantern' });
    expect(created.status).toBe(201);
    const p = created.body.id as string;
    // Written over 10 days, all received in the last hour (an import): only the ones written before T count.
    for (let d = 1; d <= 10; d++) await post({ reviewer: `history-${d}`, productId: p, at: before(d * DAY - HOUR), receivedAt: before(HOUR / 2) });
    await post({ reviewer: 'history-late', productId: p, at: new Date(T.getTime() + DAY), receivedAt: before(2 * HOUR) }); // written after T
    const item = await post({ reviewer: 'history-1', productId: p, at: T, receivedAt: new Date(T.getTime() + 5 * DAY) }); // received days later
    const review = { id: item.id, productId: p, reviewerId: item.reviewerId, submittedAt: T, ipHash: null, deviceHash: null };
    const facts = await repo.facts(review, 'no-such-hash', 72, 2, WINDOWS);

    expect(facts.activity.countSinceFirst).toBe(10);
    expect(facts.activity.countLast24h).toBe(1); // history-1, written 23h before T
    expect(facts.activity.dailyCounts.reduce((a, b) => a + b, 0)).toBe(9);
    expect(facts.activity.firstReviewAt).toEqual(before(10 * DAY - HOUR));
    expect(facts.activity.listedAt).toBeInstanceOf(Date);
    // history-1's own earlier review (written 23h before T) is its history; the later one is not.
    expect(facts.reviewer).toMatchObject({ reviewCount: 1, reviewsLast24h: 1, maxPerDay: 1 });
  });
});
