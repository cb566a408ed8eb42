import request from 'supertest';
import { bearer } from '../utils/e2e.js';
import { claimAndDecide, seedHeld } from '../utils/moderation-fixtures.js';
import { worldSuite } from '../utils/world-suite.js';

/**
 * The contract of GET /v1/reviews/:id per role (issue 16 item 4, issue 15 item 6): exactly these fields, nothing
 * more. A field added to a view must be added here on purpose.
 */
const PUBLIC = ['author', 'body', 'channel', 'edited', 'folded', 'id', 'incentiveType', 'incentivized', 'kind', 'language', 'mediaUrls',
  'productId', 'rating', 'submittedAt', 'title', 'verification'];
const MERCHANT = [...PUBLIC, 'analysis', 'intakeMode', 'merchantId', 'receivedAt', 'status'];
const IDENTIFIED = [...PUBLIC, 'decisions', 'deviceHash', 'externalId', 'history', 'importId', 'intakeMode', 'ipHash', 'merchantId', 'orderRef', 'parentId', 'purchaseId',
  'receivedAt', 'reviewerId', 'revision', 'status', 'version'];
const CHANNEL = IDENTIFIED;
const STAFF = [...IDENTIFIED, 'analysis'];

const MERCHANT_ANALYSIS = ['aspects', 'declaredLanguage', 'detectedLanguage', 'scoredRevision', 'sentiment'];
const STAFF_ANALYSIS = [...MERCHANT_ANALYSIS, 'fakeScore', 'ruleSetVersion', 'signals'];
const CHANNEL_DECISION = ['action', 'automated', 'createdAt', 'fromStatus', 'id', 'reasonCode', 'reasonText', 'redress', 'toStatus'];
const STAFF_DECISION = ['action', 'actorType', 'automated', 'createdAt', 'facts', 'fromStatus', 'id', 'reasonCode', 'redress', 'ruleSetVersion', 'toStatus'];

const NOTE = 'Internal note for other moderators: reviewer looks like a competitor';
const keys = (o: object): string[] => Object.keys(o).sort();

describe('GET /v1/reviews/:id — role-shaped views', () => {
  const s = worldSuite();
  let reviewId: string;
  const get = (key: string): request.Test => request(s.t.server).get(`/v1/reviews/${reviewId}`).set(...bearer(key));

  beforeAll(async () => {
    const { reviewIds, itemIds } = await seedHeld(s.t, s.w, s.sql, 1, { language: 'en', body: () => 'Arrived late and the box was crushed, but the tent itself is solid.' });
    reviewId = reviewIds[0];
    // The row scoring would have written for this revision (no worker in this suite).
    await s.sql.query(
      `INSERT INTO review_scores (review_id, revision, rule_set_version, rule_set_hash, fake_score, sentiment_label, sentiment_score,
                                  sentiment_confidence, language, aspects, aspect_details, signals, verdict, priority, reason_codes, scored_at)
       VALUES ($1, 1, '2026-01-01.1', 'h', 0.42, 'mixed', -0.1, 0.8, 'en', '{logistics,quality}', $2, $3, 'hold', 50, '{near_duplicate}', now())`,
      [reviewId,
        JSON.stringify([{ aspect: 'logistics', polarity: 'negative', evidence: { start: 0, end: 12, text: 'Arrived late' } }, { aspect: 'quality', polarity: null, evidence: null }]),
        JSON.stringify([{ id: 'near_duplicate', value: 0.9, weight: 0.6, contribution: 0.54, reason: 'Near-duplicate of 3 reviews' }])],
    );
    const decided = await claimAndDecide(s.t, s.w.moderatorKey, itemIds[0], { action: 'fold', reasonCode: 'off_topic', reasonText: 'Folded: mostly about delivery.', note: NOTE });
    if (decided.status !== 201) throw new Error(`decide → ${decided.status} ${JSON.stringify(decided.body)}`);
  });

  it.each([['admin'], ['moderator']])('%s: everything, with the analysis and the internal decision facts', async (role) => {
    const res = await get(role === 'admin' ? s.w.adminKey : s.w.moderatorKey);
    expect(res.status).toBe(200);
    expect(keys(res.body)).toEqual([...STAFF].sort());
    expect(keys(res.body.analysis)).toEqual([...STAFF_ANALYSIS].sort());
    expect(res.body.analysis).toEqual({
      declaredLanguage: 'en', detectedLanguage: 'en', sentiment: { label: 'mixed', score: -0.1, confidence: 0.8 }, scoredRevision: 1,
      aspects: [{ aspect: 'logistics', polarity: 'negative', evidence: { start: 0, end: 12, text: 'Arrived late' } }, { aspect: 'quality', polarity: null, evidence: null }],
      fakeScore: 0.42, ruleSetVersion: '2026-01-01.1',
      signals: [{ id: 'near_duplicate', value: 0.9, weight: 0.6, contribution: 0.54, reason: 'Near-duplicate of 3 reviews' }],
    });
    for (const d of res.body.decisions) expect(keys(d)).toEqual([...STAFF_DECISION].sort());
    expect(res.body.decisions.at(-1).facts.note).toBe(NOTE);
  });

  it('merchant (own product): language, sentiment and aspects; no fraud internals, no identifiers, no decisions', async () => {
    const res = await get(s.w.merchant.key);
    expect(res.status).toBe(200);
    expect(keys(res.body)).toEqual([...MERCHANT].sort());
    expect(keys(res.body.analysis)).toEqual([...MERCHANT_ANALYSIS].sort());
    expect(res.body.analysis.sentiment).toEqual({ label: 'mixed', score: -0.1, confidence: 0.8 });
    expect(res.body.analysis.aspects[0]).toEqual({ aspect: 'logistics', polarity: 'negative', evidence: { start: 0, end: 12, text: 'Arrived late' } });
    const text = JSON.stringify(res.body);
    for (const leak of ['fakeScore', 'signals', 'weight', NOTE]) expect(text).not.toContain(leak);
    expect((await get(s.w.otherMerchant.key)).status).toBe(404);
  });

  it('channel (its own review): its identifiers and the author-facing decisions; no notes, signals, weights, actors or analysis', async () => {
    const res = await get(s.w.channel.key);
    expect(res.status).toBe(200);
    expect(keys(res.body)).toEqual([...CHANNEL].sort());
    for (const d of res.body.decisions) expect(keys(d)).toEqual([...CHANNEL_DECISION].sort());
    expect(res.body.decisions.at(-1)).toMatchObject({ action: 'fold', reasonCode: 'off_topic', reasonText: 'Folded: mostly about delivery.', automated: false });
    const text = JSON.stringify(res.body);
    for (const leak of [NOTE, 'weight', 'signals', 'fakeScore', 'actor', 'facts', 'sentiment']) expect(text).not.toContain(leak);
  });

  it('storefront: the public fields only', async () => {
    const res = await get(s.w.storefrontKey);
    expect(res.status).toBe(200);
    expect(keys(res.body)).toEqual([...PUBLIC].sort());
    expect(res.body.folded).toBe(true);
  });

  it('staff see an unscored review with an empty analysis rather than a missing one', async () => {
    const { reviewIds } = await seedHeld(s.t, s.w, s.sql, 1, { language: 'zh' });
    const res = await request(s.t.server).get(`/v1/reviews/${reviewIds[0]}`).set(...bearer(s.w.moderatorKey));
    expect(res.body.analysis).toEqual({
      declaredLanguage: 'zh', detectedLanguage: null, sentiment: null, aspects: [], scoredRevision: null, fakeScore: null, signals: [], ruleSetVersion: null,
    });
  });
});
