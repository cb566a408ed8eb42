import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** Issue 16 item 1: a resend may edit the text, never move the review to another product, merchant or author. */
describe('review identity is immutable after intake', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  const post = (body: object, key = w.channel.key): request.Test => request(t.server).post('/v1/reviews').set(...bearer(key)).send(body);
  const bulk = (items: object[]): request.Test => request(t.server).post('/v1/reviews:bulk').set(...bearer(w.channel.key)).send(items);
  const stored = (id: string): Promise<Record<string, unknown>[]> => sql.query(
    `SELECT r.product_id, r.merchant_id, r.order_ref, r.submitted_at, r.body, r.revision, v.external_id AS reviewer
       FROM reviews r JOIN reviewers v ON v.id = r.reviewer_id WHERE r.id = $1`, [id]);
  const reviewerCount = (): Promise<number> => sql.count('SELECT count(*) AS n FROM reviewers WHERE channel_id = $1', [w.channel.id]);

  const submittedAt = '2026-03-01T10:00:00.000Z';
  const fresh = async (): Promise<{ id: string; body: Record<string, unknown> }> => {
    const body = reviewBody({ productId: w.product.id, orderRef: 'ORD-1', submittedAt });
    const res = await post(body);
    expect(res.status).toBe(202);
    return { id: res.body.id as string, body };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  const changes: [string, (w: World) => Record<string, unknown>, string][] = [
    ['productId (another merchant)', (x) => ({ productId: x.otherProduct.id }), 'productId'],
    ['sku (another merchant)', (x) => ({ productId: undefined, sku: x.otherProduct.sku }), 'productId'],
    ['reviewer', () => ({ reviewer: { externalId: 'someone-else', displayName: 'Mallory' } }), 'reviewer'],
    ['orderRef', () => ({ orderRef: 'ORD-2' }), 'orderRef'],
    ['submittedAt', () => ({ submittedAt: '2026-03-02T10:00:00.000Z' }), 'submittedAt'],
  ];

  it.each(changes)('a single resend changing %s answers 409 with the stored values and changes nothing', async (_name, change, field) => {
    const { id, body } = await fresh();
    const before = await stored(id);
    const reviewers = await reviewerCount();
    const res = await post({ ...body, ...change(w), body: 'Moved text' });
    expectError(res, 409, 'REVIEW_IDENTITY_CONFLICT');
    expect(res.body.details).toEqual({
      id, fields: [field],
      stored: { kind: 'review', productId: w.product.id, parentId: null, reviewer: { externalId: (body.reviewer as { externalId: string }).externalId }, orderRef: 'ORD-1', submittedAt },
    });
    expect(await stored(id)).toEqual(before);
    expect(await reviewerCount()).toBe(reviewers);
  });

  it('rejects the conflicting item of a bulk on its own; the others go through', async () => {
    const { id, body } = await fresh();
    const other = reviewBody({ productId: w.product.id });
    const res = await bulk([{ ...body, productId: w.otherProduct.id }, other, { ...body, externalId: `${body.externalId as string}-b` }]);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ accepted: 2, rejected: 1 });
    expect(res.body.results[0]).toMatchObject({
      index: 0, outcome: 'rejected',
      error: { statusCode: 409, code: 'REVIEW_IDENTITY_CONFLICT', details: { id, fields: ['productId'], stored: { productId: w.product.id } } },
    });
    expect((await stored(id))[0]).toMatchObject({ product_id: w.product.id, merchant_id: w.merchant.id });
  });

  it('keeps text, rating and title changes as edits; a resend without submittedAt is no conflict', async () => {
    const { id, body } = await fresh();
    const res = await post({ ...body, submittedAt: undefined, rating: 2, title: 'Changed my mind', body: 'A seam leaks.' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id, status: 'edited', reviewStatus: 'received' });
    expect((await stored(id))[0]).toMatchObject({ body: 'A seam leaks.', revision: 2, product_id: w.product.id, order_ref: 'ORD-1' });
  });

  it('leaves no orphan reviewer row behind a duplicate or a refused resend', async () => {
    const { id, body } = await fresh();
    const reviewers = await reviewerCount();
    const single = await post({ ...body, reviewer: { externalId: 'ghost-1' } });
    expectError(single, 409, 'REVIEW_IDENTITY_CONFLICT');
    const inBulk = await bulk([{ ...body, reviewer: { externalId: 'ghost-2' } }, { ...body, externalId: `${body.externalId as string}-c`, reviewer: { externalId: 'ghost-3' } }]);
    expect(inBulk.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['rejected', 'accepted']);
    const duplicate = await post(body);
    expect(duplicate.body).toMatchObject({ id, status: 'duplicate' });
    expect(await reviewerCount()).toBe(reviewers + 1);
    expect(await sql.count("SELECT count(*) AS n FROM reviewers WHERE external_id IN ('ghost-1', 'ghost-2')")).toBe(0);
  });

  it('keeps the first merchant\'s reply with that merchant after a refused move', async () => {
    const { id, body } = await fresh();
    await sql.query("UPDATE reviews SET status = 'published' WHERE id = $1", [id]);
    const reply = await request(t.server).post(`/v1/reviews/${id}/responses`).set(...bearer(w.merchant.key)).send({ body: 'Thanks for the review!' });
    expect(reply.status).toBe(201);
    expectError(await post({ ...body, productId: w.otherProduct.id }), 409, 'REVIEW_IDENTITY_CONFLICT');
    const mine = await request(t.server).get(`/v1/responses/${reply.body.id as string}`).set(...bearer(w.merchant.key));
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ id: reply.body.id, reviewId: id });
    expectError(await request(t.server).get(`/v1/responses/${reply.body.id as string}`).set(...bearer(w.otherMerchant.key)), 404, 'RESPONSE_NOT_FOUND');
    expectError(await request(t.server).get(`/v1/reviews/${id}/responses`).set(...bearer(w.otherMerchant.key)), 404, 'REVIEW_NOT_FOUND');
  });

  it('refuses any other writer that tries to move a review (database trigger)', async () => {
    const { id } = await fresh();
    await expect(sql.query('UPDATE reviews SET product_id = $2, merchant_id = $3 WHERE id = $1', [id, w.otherProduct.id, w.otherMerchant.id]))
      .rejects.toThrow(/identity is fixed at intake/);
    await expect(sql.query('UPDATE reviews SET submitted_at = submitted_at + interval \'1 day\' WHERE id = $1', [id])).rejects.toThrow(/identity/);
  });
});
