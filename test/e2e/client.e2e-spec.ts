import type { INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { createCandorClient, type CandorClient, type Schemas, type WebhookEvent } from '../../packages/client/src/index.js';
import { verifyWebhook } from '../../packages/client/src/webhooks.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';
import { startReceiver, type Receiver } from '../utils/webhook-receiver.js';

/**
 * @candor/client against the real API listening on loopback (and the real worker, which scores and delivers
 * webhooks): what a channel, a storefront and a merchant integrator write, typed end to end.
 */
describe('@candor/client against the running API', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  let rx: Receiver;
  let baseUrl: string;
  let channel: CandorClient;
  let storefront: CandorClient;
  let merchant: CandorClient;
  let webhookSecret: string;
  const ids: Record<string, string> = {};
  const review = (externalId: string, rating: number, body: string, extra: Partial<Schemas['CreateReviewDto']> = {}): Schemas['CreateReviewDto'] =>
    ({ channel: w.channel.code, productId: w.product.id, externalId, rating, body, reviewer: { externalId: `${externalId}-author`, displayName: 'Sam Lee' }, ...extra });

  beforeAll(async () => {
    t = await createTestApp({ env: { WEBHOOK_BACKOFF_MS: '100' } });
    w = await buildWorld(t);
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
    channel = createCandorClient({ baseUrl, apiKey: w.channel.key });
    storefront = createCandorClient({ baseUrl, apiKey: w.storefrontKey });
    merchant = createCandorClient({ baseUrl, apiKey: w.merchant.key });
    rx = await startReceiver();
    worker = await startTestWorker(t.env);
  });
  afterAll(async () => {
    await worker.close();
    await rx.close();
    await t.close();
  });

  it('merchant: registers a webhook and gets its secret once', async () => {
    const { data, error, response } = await merchant.POST('/v1/webhooks', { body: { url: rx.url('/merchant'), topics: ['review.published', 'response.published'] } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data?.secret).toMatch(/^whsec_/);
    webhookSecret = data?.secret ?? '';
  });

  it('channel: records a purchase, posts a verified review and a bulk of two', async () => {
    const reviewer = { externalId: 'client-buyer-1', displayName: 'Wen Li' };
    const purchase = await channel.POST('/v1/purchases', { body: { orderRef: 'ORD-CLIENT-1', productId: w.product.id, reviewer, purchasedAt: '2026-11-01T12:00:00Z' } });
    expect(purchase.response.status).toBe(201);
    expect(purchase.data).toEqual({ id: expect.any(String), created: true });

    const single = await channel.POST('/v1/reviews', {
      body: review('client-r1', 5, 'Pitched in ten minutes and stayed dry through a night of heavy rain.', { orderRef: 'ORD-CLIENT-1', reviewer }),
    });
    expect(single.response.status).toBe(202);
    expect(single.data).toMatchObject({ status: 'accepted' });
    ids.verified = single.data?.id ?? '';

    const bulk = await channel.POST('/v1/reviews:bulk', {
      body: [
        review('client-r2', 4, 'Roomy for two people, although a little heavy to carry on long hikes.'),
        review('client-r3', 2, 'The zip broke on the second night and the seams let water in at the corners.'),
      ],
    });
    expect(bulk.response.status).toBe(202);
    expect(bulk.data).toMatchObject({ received: 2, accepted: 2, rejected: 0 });
    expect(bulk.data?.results.map((r) => r.outcome)).toEqual(['accepted', 'accepted']);
    ids.bulk = bulk.data?.results[0].id ?? '';
  });

  it('storefront: the rating, reviews filtered by stars and verification, and a helpful vote', async () => {
    const rating = await waitFor(async () => {
      const { data } = await storefront.GET('/v1/products/{id}/rating', { params: { path: { id: w.product.id } } });
      return data && data.count === 3 ? data : undefined;
    }, 'three published ratings');
    expect(rating.distribution).toEqual({ '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 });
    expect(rating.verified).toMatchObject({ count: 1, average: 5 });
    expect(rating.jsonLd?.['@type']).toBe('AggregateRating');

    const fiveStars = await storefront.GET('/v1/products/{id}/reviews', { params: { path: { id: w.product.id }, query: { stars: '5', sort: 'rating_desc' } } });
    expect(fiveStars.data?.total).toBe(1);
    expect(fiveStars.data?.data.map((r) => r.id)).toEqual([ids.verified]);
    const verified = await storefront.GET('/v1/products/{id}/reviews', { params: { path: { id: w.product.id }, query: { verified: true } } });
    expect(verified.data?.data.map((r) => r.labels.verifiedPurchase)).toEqual([true]);
    const low = await storefront.GET('/v1/products/{id}/reviews', { params: { path: { id: w.product.id }, query: { stars: '1,2', limit: 1 } } });
    expect(low.data).toMatchObject({ total: 1, filters: { stars: [1, 2] }, nextCursor: expect.any(String) });

    const vote = await storefront.POST('/v1/reviews/{id}/helpful', { params: { path: { id: ids.bulk } }, body: { shopper: 'shopper-client-1' } });
    expect(vote.data).toEqual({ reviewId: ids.bulk, recorded: true, helpfulVotes: 1 });
    const again = await storefront.POST('/v1/reviews/{id}/helpful', { params: { path: { id: ids.bulk } }, body: { shopper: 'shopper-client-1' } });
    expect(again.data).toEqual({ reviewId: ids.bulk, recorded: false, helpfulVotes: 1 });

    const disclosure = await storefront.GET('/v1/disclosure');
    expect(disclosure.data?.moderation.neverDecidesPublication).toEqual(['star rating', 'sentiment']);
  });

  it('storefront: a refused request comes back as the typed error body', async () => {
    const { data, error, response } = await storefront.GET('/v1/products/{id}/reviews', { params: { path: { id: w.product.id }, query: { aspect: 'nonsense' as 'quality' } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ statusCode: 400, code: expect.any(String), requestId: expect.any(String) });
  });

  it('merchant: lists its own reviews and replies', async () => {
    const own = await merchant.GET('/v1/merchant/reviews', { params: { query: { limit: 10 } } });
    expect(own.response.status).toBe(200);
    expect(own.data?.data.map((r) => r.id)).toEqual(expect.arrayContaining([ids.verified, ids.bulk]));
    const reply = await merchant.POST('/v1/reviews/{id}/responses', { params: { path: { id: ids.verified } }, body: { body: 'Thank you, Wen! Enjoy your trips.' } });
    expect(reply.response.status).toBe(201);
    expect(reply.data).toMatchObject({ reviewId: ids.verified, state: 'published', visibility: 'public' });
  });

  it('webhooks: a real delivery verifies with the helper, on both schemes; a changed body or an old one does not', async () => {
    const delivery = await waitFor(async () => rx.received.find((r) => r.json.type === 'review.published' && r.json.data.reviewId === ids.verified), 'review.published for the verified review', 20_000);
    const verified = verifyWebhook({ secret: webhookSecret, body: delivery.body, headers: delivery.headers });
    expect(verified).toEqual({ ok: true, scheme: 'standard', eventId: delivery.json.id, timestamp: expect.any(Number) });
    const candorOnly = { 'candor-signature': delivery.headers['candor-signature'], 'candor-event-id': delivery.headers['candor-event-id'] };
    expect(verifyWebhook({ secret: webhookSecret, body: delivery.body, headers: candorOnly })).toMatchObject({ ok: true, scheme: 'candor', eventId: delivery.json.id });

    const event = JSON.parse(delivery.body) as WebhookEvent<'review.published'>;
    expect(event.type).toBe('review.published');
    expect(verifyWebhook({ secret: webhookSecret, body: delivery.body.replace(ids.verified, ids.bulk), headers: delivery.headers })).toEqual({ ok: false, reason: 'signature_mismatch' });
    const later = verified.ok ? verified.timestamp + 301 : 0;
    expect(verifyWebhook({ secret: webhookSecret, body: delivery.body, headers: delivery.headers, nowSeconds: later })).toEqual({ ok: false, reason: 'timestamp_out_of_window' });
  });
});
