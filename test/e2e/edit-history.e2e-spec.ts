import request from 'supertest';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('review edits and history', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  const post = (key: string, body: object): request.Test => request(t.server).post('/v1/reviews').set(...bearer(key)).send(body);
  const patch = (key: string, id: string, body: object): request.Test => request(t.server).patch(`/v1/reviews/${id}`).set(...bearer(key)).send(body);
  const get = (key: string, id: string): request.Test => request(t.server).get(`/v1/reviews/${id}`).set(...bearer(key));
  const fresh = async (overrides: Record<string, unknown> = {}): Promise<{ id: string; body: Record<string, unknown> }> => {
    const body = reviewBody({ productId: w.product.id, ...overrides });
    const res = await post(w.channel.key, body);
    expect(res.status).toBe(202);
    return { id: res.body.id, body };
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

  describe('edit by replaying the same externalId with changed content', () => {
    it.each([
      ['body', { body: 'Update: a seam started leaking after two weeks.' }],
      ['rating', { rating: 2 }],
      ['title', { title: 'Not so solid after all' }],
      ['media', { mediaUrls: ['https://cdn.example.com/leak.jpg'] }],
    ])('a changed %s is an edit: 200 edited, same id, old text kept in history', async (_field, change) => {
      const { id, body } = await fresh();
      const res = await post(w.channel.key, { ...body, ...change });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id, status: 'edited', reviewStatus: 'received' });
      const got = await get(w.adminKey, id);
      expect(got.body).toMatchObject({ ...change, revision: 2, version: 2, edited: true, status: 'received' });
      expect(got.body.history).toEqual([{
        revision: 1, rating: body.rating, title: body.title, body: body.body, mediaUrls: [], supersededAt: expect.any(String),
      }]);
      expect(await sql.count('SELECT count(*) AS n FROM reviews WHERE channel_id = $1 AND external_id = $2', [w.channel.id, body.externalId])).toBe(1);
    });

    it('records each edit as its own revision and emits a review.edited outbox event', async () => {
      const { id, body } = await fresh({ body: 'v1 text' });
      await post(w.channel.key, { ...body, body: 'v2 text' });
      await post(w.channel.key, { ...body, body: 'v3 text' });
      const replay = await post(w.channel.key, { ...body, body: 'v3 text' });
      expect(replay.body).toMatchObject({ id, status: 'duplicate' });
      const got = await get(w.adminKey, id);
      expect(got.body).toMatchObject({ body: 'v3 text', revision: 3 });
      expect(got.body.history.map((h: { revision: number; body: string }) => [h.revision, h.body])).toEqual([[1, 'v1 text'], [2, 'v2 text']]);
      const topics = await sql.query<{ topic: string }>('SELECT topic FROM outbox_events WHERE aggregate_id = $1 ORDER BY id', [id]);
      expect(topics.map((e) => e.topic)).toEqual(['review.received', 'review.edited', 'review.edited']);
    });

    it('sends an edited published review back to received and records the decision', async () => {
      const { id, body } = await fresh();
      await sql.query("UPDATE reviews SET status = 'published' WHERE id = $1", [id]);
      const res = await post(w.channel.key, { ...body, body: 'Edited after publication.' });
      expect(res.body).toMatchObject({ id, status: 'edited', reviewStatus: 'received' });
      const got = await get(w.adminKey, id);
      expect(got.body.status).toBe('received');
      expect(got.body.decisions).toEqual([expect.objectContaining({ action: 'resubmit_after_edit', fromStatus: 'published', toStatus: 'received' })]);
      expect((await get(w.storefrontKey, id)).status).toBe(404);
    });
  });

  describe('edit by PATCH', () => {
    it('keeps the superseded revision, bumps the revision counter and marks every view edited', async () => {
      const { id, body } = await fresh();
      const res = await patch(w.channel.key, id, { body: 'Edited through PATCH.', rating: 3 });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id, status: 'edited', reviewStatus: 'received' });
      const full = await get(w.adminKey, id);
      expect(full.body).toMatchObject({ body: 'Edited through PATCH.', rating: 3, title: body.title, revision: 2, edited: true });
      expect(full.body.history).toEqual([expect.objectContaining({ revision: 1, body: body.body, rating: 4 })]);
      const merchant = await get(w.merchant.key, id);
      expect(merchant.body).toMatchObject({ edited: true, body: 'Edited through PATCH.' });
      expect(merchant.body).not.toHaveProperty('history');
      await sql.query("UPDATE reviews SET status = 'published' WHERE id = $1", [id]);
      expect((await get(w.storefrontKey, id)).body).toMatchObject({ edited: true, body: 'Edited through PATCH.' });
    });

    it('returns a held review to received on PATCH', async () => {
      const { id } = await fresh();
      await sql.query("UPDATE reviews SET status = 'held' WHERE id = $1", [id]);
      const res = await patch(w.channel.key, id, { title: 'New title' });
      expect(res.body).toMatchObject({ status: 'edited', reviewStatus: 'received' });
      const [row] = await sql.query<{ status: string }>('SELECT status FROM reviews WHERE id = $1', [id]);
      expect(row.status).toBe('received');
    });

    it('answers a content-identical PATCH with duplicate and records no revision', async () => {
      const { id, body } = await fresh();
      const same = await patch(w.channel.key, id, { body: body.body, rating: body.rating, title: body.title });
      expect(same.status).toBe(200);
      expect(same.body).toEqual({ id, status: 'duplicate', reviewStatus: 'received' });
      const empty = await patch(w.channel.key, id, {});
      expect(empty.body).toMatchObject({ id, status: 'duplicate' });
      const got = await get(w.adminKey, id);
      expect(got.body).toMatchObject({ revision: 1, edited: false, history: [] });
    });

    it('lets an admin PATCH any review', async () => {
      const { id } = await fresh();
      const res = await patch(w.adminKey, id, { body: 'Admin correction on behalf of the author.' });
      expect(res.body).toMatchObject({ id, status: 'edited' });
    });

    it('hides another channel\'s review from PATCH (404) and leaves it unchanged', async () => {
      const { id, body } = await fresh();
      const res = await patch(w.otherChannel.key, id, { body: 'hijack' });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('REVIEW_NOT_FOUND');
      expect((await get(w.adminKey, id)).body.body).toBe(body.body);
    });

    it('validates PATCH bodies like intake', async () => {
      const { id } = await fresh();
      for (const bad of [{ rating: 6 }, { body: '   ' }, { body: '' }, { verification: 'order_match' }, { body: 'x'.repeat(20_001) }, { rating: '4' }]) {
        const res = await patch(w.channel.key, id, bad);
        expect({ bad: Object.keys(bad)[0], status: res.status, code: res.body.code }).toEqual({ bad: Object.keys(bad)[0], status: 400, code: 'VALIDATION_FAILED' });
      }
      expect((await get(w.adminKey, id)).body.revision).toBe(1);
    });

    it('answers 404 for PATCH on an unknown id', async () => {
      const res = await patch(w.adminKey, '00000000-0000-4000-8000-000000000001', { body: 'x' });
      expect(res.status).toBe(404);
    });

    it('keeps concurrent PATCHes consistent: every revision number recorded once', async () => {
      const { id } = await fresh();
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => patch(w.channel.key, id, { body: `concurrent edit ${i}` })));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      const got = await get(w.adminKey, id);
      expect(got.body.revision).toBe(6);
      expect(got.body.history.map((h: { revision: number }) => h.revision)).toEqual([1, 2, 3, 4, 5]);
    });
  });
});
