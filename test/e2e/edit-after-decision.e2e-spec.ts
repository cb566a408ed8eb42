import { Test, type TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { ClockModule } from '../../src/common/clock/clock.module.js';
import { ConfigModule } from '../../src/config/config.module.js';
import { validateEnv } from '../../src/config/env.dto.js';
import { DatabaseModule } from '../../src/database/database.module.js';
import { QueueModule } from '../../src/queue/queue.module.js';
import { BatchScoringService } from '../../src/scoring/batch-scoring.service.js';
import { ScoringModule } from '../../src/scoring/scoring.module.js';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { claim, claimAndDecide, seedHeld } from '../utils/moderation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

// Distinct texts, so no edit looks like a duplicate of another and scoring's verdict would be publish.
const TEXTS = [
  'Pitched it in ten minutes on the first try; the fly kept a whole night of rain out.',
  'The charger gets two phones to eighty percent in forty minutes and stays cool.',
  'Zip on the inner door snagged twice during our first weekend at the lake.',
  'Packed size is small enough for my bike panniers, weight about two kilos.',
  'Customer service swapped a bent pole within three days, no questions asked.',
  'Ventilation is good; little condensation even with two people and a dog inside.',
  'Instructions were confusing, but the colour-coded clips made it obvious in the end.',
];
let next = 0;
const clean = (): string => TEXTS[next++ % TEXTS.length];

/** Issue 16 item 2: a channel edit never undoes a human decision; only a human publishes the review again. */
describe('an edit after a human decision', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let scoring: TestingModule;
  let score: (reviewId: string) => Promise<unknown>;

  const patch = (id: string, body: object): request.Test => request(t.server).patch(`/v1/reviews/${id}`).set(...bearer(w.channel.key)).send(body);
  const post = (path: string, body: object, key = w.moderatorKey): request.Test => request(t.server).post(path).set(...bearer(key)).send(body);
  const status = async (id: string): Promise<string> => (await sql.query<{ status: string }>('SELECT status FROM reviews WHERE id = $1', [id]))[0].status;
  const openItem = async (reviewId: string): Promise<{ id: string; source: string; reason_codes: string[] } | undefined> =>
    (await sql.query<{ id: string; source: string; reason_codes: string[] }>(
      "SELECT id, source, reason_codes FROM moderation_items WHERE review_id = $1 AND state IN ('open', 'claimed')", [reviewId]))[0];
  const decided = async (action: string, reasonCode?: string): Promise<{ reviewId: string; decisionId: string; body: string }> => {
    const { reviewIds, itemIds } = await seedHeld(t, w, sql, 1);
    const res = await claimAndDecide(t, w.moderatorKey, itemIds[0], { action, reasonCode, note: 'internal' });
    expect(res.status).toBe(201);
    const [row] = await sql.query<{ body: string }>('SELECT body FROM reviews WHERE id = $1', [reviewIds[0]]);
    return { reviewId: reviewIds[0], decisionId: res.body.decisionId as string, body: row.body };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    // The score job's use case without a queue consumer: the test decides when scoring runs.
    scoring = await Test.createTestingModule({ imports: [ConfigModule.forRoot(validateEnv(t.env)), ClockModule, DatabaseModule, QueueModule, ScoringModule] }).compile();
    await scoring.init();
    const batch = scoring.get(BatchScoringService);
    score = async (reviewId) => {
      const [{ revision }] = await sql.query<{ revision: number }>('SELECT revision FROM reviews WHERE id = $1', [reviewId]);
      const [outcome] = await batch.scoreMany([{ reviewId, revision }]);
      return outcome.status === 'fulfilled' ? outcome.value : outcome.reason;
    };
  });
  afterAll(async () => {
    await scoring?.close();
    await sql.close();
    await t.close();
  });

  it.each([['remove', 'spam', 'removed'], ['hide', 'illegal_content', 'hidden'], ['fold', 'off_topic', 'folded']])(
    'after %s: keeps the status and reopens an item showing the earlier decision and the diff', async (action, reasonCode, restricted) => {
      const { reviewId, decisionId, body } = await decided(action, reasonCode);
      const text = clean();
      const res = await patch(reviewId, { body: text, rating: 5 });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id: reviewId, status: 'edited', reviewStatus: restricted });
      expect(await status(reviewId)).toBe(restricted);
      expect(await score(reviewId)).toBe('already-decided');
      expect(await status(reviewId)).toBe(restricted);
      const item = await openItem(reviewId);
      expect(item).toMatchObject({ source: 'edit', reason_codes: ['edited_after_decision'] });
      const detail = await request(t.server).get(`/v1/moderation/items/${item?.id as string}`).set(...bearer(w.moderatorKey));
      expect(detail.status).toBe(200);
      expect(detail.body.review).toMatchObject({ status: restricted, body: text, revision: 2 });
      const resubmit = detail.body.decisions.find((d: { action: string }) => d.action === 'resubmit_after_edit');
      expect(resubmit).toMatchObject({
        fromStatus: restricted, toStatus: restricted, automated: true,
        facts: {
          revision: 2, awaitingHuman: true, itemId: item?.id,
          previousDecision: { id: decisionId, action, reasonCode, toStatus: restricted, actorType: 'moderator' },
          diff: { body: { old: body, new: text }, rating: { old: 4, new: 5 } },
        },
      });
      expect(detail.body.decisions.map((d: { action: string }) => d.action)).toEqual([action, 'resubmit_after_edit']);
    });

  it('keeps a removed review removed when the channel resends changed text; a human approval publishes it', async () => {
    const { reviewId } = await decided('remove', 'spam');
    const [row] = await sql.query<{ external_id: string; reviewer: string }>(
      'SELECT r.external_id, v.external_id AS reviewer FROM reviews r JOIN reviewers v ON v.id = r.reviewer_id WHERE r.id = $1', [reviewId]);
    const resend = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key))
      .send({ externalId: row.external_id, productId: w.product.id, rating: 4, body: clean(), reviewer: { externalId: row.reviewer } });
    expect(resend.body).toEqual({ id: reviewId, status: 'edited', reviewStatus: 'removed' });
    expect(await status(reviewId)).toBe('removed');
    const item = await openItem(reviewId);
    const approved = await claimAndDecide(t, w.moderatorKey, item?.id as string, { action: 'approve' });
    expect(approved.body).toMatchObject({ fromStatus: 'removed', toStatus: 'published' });
    expect(await status(reviewId)).toBe('published');
  });

  it('keeps a hide upheld on appeal hidden after an edit', async () => {
    const { reviewId, decisionId } = await decided('hide', 'illegal_content');
    const appeal = await post(`/v1/reviews/${reviewId}/appeals`, { decisionId, statement: 'It is a genuine review.' }, w.channel.key);
    expect(appeal.status).toBe(201);
    const other = await t.key('moderator');
    const version = (await post(`/v1/moderation/appeals/${appeal.body.id as string}/claim`, {}, other)).body.version as number;
    expect((await post(`/v1/moderation/appeals/${appeal.body.id as string}/decisions`, { outcome: 'uphold', version }, other)).status).toBe(200);
    const res = await patch(reviewId, { body: clean() });
    expect(res.body).toMatchObject({ status: 'edited', reviewStatus: 'hidden' });
    expect(await status(reviewId)).toBe('hidden');
    expect(await openItem(reviewId)).toMatchObject({ source: 'edit' });
  });

  it('sends a request_edit review through scoring but back to a human, never straight to publication', async () => {
    // On the quiet product: the earlier tests left a pile of same-minute reviews by brand-new accounts on the main one,
    // which event-time scoring rightly treats as a burst, and the control must show the plain path to publication.
    const control = await seedHeld(t, w, sql, 1, { productId: w.otherProduct.id });
    await sql.query("UPDATE reviews SET status = 'published' WHERE id = $1", [control.reviewIds[0]]);
    await patch(control.reviewIds[0], { body: clean() });
    expect(await score(control.reviewIds[0])).toBe('scored');
    expect(await status(control.reviewIds[0])).toBe('published');

    const { reviewId } = await decided('request_edit', 'personal_data');
    const res = await patch(reviewId, { body: clean() });
    expect(res.body).toMatchObject({ status: 'edited', reviewStatus: 'received' });
    expect(await score(reviewId)).toBe('scored');
    expect(await status(reviewId)).toBe('held');
    const item = await openItem(reviewId);
    expect(item?.reason_codes).toContain('edited_after_decision');
    const version = await claim(t, w.moderatorKey, item?.id as string);
    const approved = await post(`/v1/moderation/items/${item?.id as string}/decisions`, { action: 'approve', version });
    expect(approved.body).toMatchObject({ fromStatus: 'held', toStatus: 'published' });
  });
});
