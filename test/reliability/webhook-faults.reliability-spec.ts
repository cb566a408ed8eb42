import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pushReviews, startFleet, type Fleet } from './support/fleet.js';
import { sleep, startWorker, until, type Child } from './support/processes.js';
import { http } from './support/world.js';

type Mode = 'hang' | 500 | 200;
const log = (line: string): void => void process.stderr.write(`[webhook-faults] ${line}\n`);

/** A receiver whose answer per path is switchable: hang (never answer → sender timeout), 500, or 200. */
function receiver(): { server: Server; url: (path: string) => string; modes: Map<string, Mode>; hits: { path: string; eventId: string; answered: Mode }[] } {
  const modes = new Map<string, Mode>();
  const hits: { path: string; eventId: string; answered: Mode }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '';
      const mode = modes.get(path) ?? 200;
      hits.push({ path, eventId: (JSON.parse(body) as { id: string }).id, answered: mode });
      if (mode === 'hang') return; // the socket stays open until the sender gives up
      res.statusCode = mode;
      res.end();
    });
  });
  return { server, modes, hits, url: (path) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}` };
}

/**
 * Webhooks through real worker processes: a receiver that times out, then answers 500 → retries, then
 * the dead letter, then a replay; and a worker SIGKILLed while a delivery hangs → delivered after restart.
 * Then fairness (issue 16): one tenant's hanging and failing receivers do not starve another tenant's.
 * (webhooks.e2e-spec.ts covers 500/503 retries, replay rules and a graceful in-process restart.)
 */
describe('webhook receiver faults across worker processes', () => {
  let fleet: Fleet;
  let worker: Child;
  const rx = receiver();
  let storefrontKey: string;

  beforeAll(async () => {
    await new Promise<void>((done) => rx.server.listen(0, '127.0.0.1', done));
    fleet = await startFleet({ products: 30, env: {
      // Production accepts https webhook URLs on public addresses only; the receiver is plain http on loopback.
      NODE_ENV: 'development', WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_TIMEOUT_MS: '1500', WEBHOOK_BACKOFF_MS: '200', WEBHOOK_ATTEMPTS: '4',
      // Short cooldowns so the dead-letter and replay below are not held up for long by an open circuit.
      WEBHOOK_CIRCUIT_COOLDOWN_MS: '2000', WEBHOOK_CIRCUIT_MAX_COOLDOWN_MS: '16000',
    } });
    const key = await http<{ key: string }>(fleet.api.baseUrl, 'POST', '/v1/api-keys', fleet.world.adminKey, { role: 'storefront', label: 'webhook faults' });
    if (key.status !== 201) throw new Error(`storefront key → ${key.status} ${JSON.stringify(key.body)}`);
    storefrontKey = key.body.key;
    worker = await startWorker('worker-1', fleet.env);
  });
  afterAll(async () => {
    rx.server.closeAllConnections();
    rx.server.close();
    await fleet?.close();
  });

  const register = async (path: string): Promise<string> => {
    const res = await http<{ id: string }>(fleet.api.baseUrl, 'POST', '/v1/webhooks', storefrontKey, { url: rx.url(path), topics: ['review.published'] });
    expect({ status: res.status, body: res.status === 201 ? undefined : res.body }).toEqual({ status: 201, body: undefined });
    return res.body.id;
  };
  const deliveries = async (hookId: string, state: string): Promise<{ id: string; attempts: number; replays: number; lastStatusCode: number | null }[]> =>
    (await http<{ data: { id: string; attempts: number; replays: number; lastStatusCode: number | null }[] }>(
      fleet.api.baseUrl, 'GET', `/v1/webhooks/${hookId}/deliveries?state=${state}`, storefrontKey)).body.data;

  it('retries a receiver that times out and then fails, dead-letters after the last attempt, and replays on request', async () => {
    const hookId = await register('/flaky');
    rx.modes.set('/flaky', 'hang');
    await pushReviews(fleet, 'wh-dead', 3, 3);
    await until(async () => (rx.hits.filter((h) => h.path === '/flaky').length >= 2 ? true : undefined), 'two timed-out attempts', 60_000);
    rx.modes.set('/flaky', 500);
    const failed = await until(async () => (await deliveries(hookId, 'failed')).find((d) => d.attempts === 4), 'a dead letter', 120_000);
    const attempts = rx.hits.filter((h) => h.path === '/flaky').map((h) => h.answered);
    log(`receiver saw ${JSON.stringify(attempts)} before the dead letter`);
    expect(attempts).toContain('hang');
    expect(attempts).toContain(500);

    rx.modes.set('/flaky', 200);
    const replay = await http(fleet.api.baseUrl, 'POST', `/v1/webhooks/${hookId}/deliveries/${failed.id}/replay`, storefrontKey);
    expect(replay.status).toBe(202);
    const done = await until(async () => (await deliveries(hookId, 'succeeded')).find((d) => d.id === failed.id), 'the replayed delivery', 60_000);
    expect(done).toMatchObject({ replays: 1, lastStatusCode: 200 });
  });

  it('delivers every event after a worker is SIGKILLed mid-delivery (stalled job recovered by the next worker)', async () => {
    const hookId = await register('/slow');
    rx.modes.set('/slow', 'hang');
    await pushReviews(fleet, 'wh-kill', 10, 10);
    await until(async () => (rx.hits.some((h) => h.path === '/slow') ? true : undefined), 'a delivery in flight', 60_000);
    worker.proc.kill('SIGKILL');
    expect(await worker.exited).toBe('SIGKILL');
    rx.modes.set('/slow', 200);
    worker = await startWorker('worker-2', fleet.env);

    const started = Date.now();
    await until(async () => ((await fleet.sql.n(`SELECT count(*) FROM reviews WHERE external_id LIKE 'wh-kill-%' AND status IN ('received', 'scoring')`)) === 0 ? true : undefined),
      'the reviews to be decided', 120_000);
    const published = await fleet.sql.n(`SELECT count(*) FROM reviews WHERE external_id LIKE 'wh-kill-%' AND status = 'published'`);
    expect(published).toBeGreaterThan(0);
    const succeeded = await until(async () => {
      const n = await fleet.sql.n(`SELECT count(*) FROM webhook_deliveries WHERE webhook_id = $1 AND state = 'succeeded'`, [hookId]);
      return n === published ? n : undefined;
    }, 'every delivery to succeed', 180_000, 1_000);
    log(`${succeeded}/${published} deliveries succeeded ${((Date.now() - started) / 1000).toFixed(1)} s after the kill`);
    const delivered = new Set(rx.hits.filter((h) => h.path === '/slow' && h.answered === 200).map((h) => h.eventId));
    expect(delivered.size).toBe(succeeded);
    // One delivery row per (webhook, event): the kill neither lost nor duplicated a delivery.
    expect(await fleet.sql.n('SELECT count(DISTINCT event_id) FROM webhook_deliveries WHERE webhook_id = $1', [hookId])).toBe(succeeded);
  });

  it('keeps tenant B’s deliveries flowing while tenant A has a hanging and a failing receiver (p99 ≤ 5 s), and loses none of A’s', async () => {
    for (const hook of await http<{ data: { id: string }[] }>(fleet.api.baseUrl, 'GET', '/v1/webhooks', storefrontKey).then((r) => r.body.data)) {
      await http(fleet.api.baseUrl, 'DELETE', `/v1/webhooks/${hook.id}`, storefrontKey);
    }
    const [merchantA, merchantB] = (await fleet.sql.rows<{ id: string }>(`SELECT id FROM merchants WHERE slug LIKE 'rel-%' ORDER BY slug`)).map((m) => m.id);
    const registerFor = async (merchantId: string, path: string): Promise<string> => {
      const res = await http<{ id: string }>(fleet.api.baseUrl, 'POST', '/v1/webhooks', fleet.world.adminKey, { url: rx.url(path), topics: ['review.published'], merchantId });
      expect({ status: res.status, body: res.status === 201 ? undefined : res.body }).toEqual({ status: 201, body: undefined });
      return res.body.id;
    };
    rx.modes.set('/a-hang', 'hang');
    rx.modes.set('/a-fail', 500);
    const hang = await registerFor(merchantA, '/a-hang');
    const fail = await registerFor(merchantA, '/a-fail');
    const healthy = await registerFor(merchantB, '/b-ok');

    // The reliability review traffic is mostly held as near-duplicates (a few % published), too few events
    // to load the webhooks; so review decisions are written to the outbox directly, as the scorer would,
    // in a stream of waves. Relay, fan-out, queue and worker are the real ones.
    const perTenant = 100;
    for (let wave = 0; wave < 20; wave += 1) {
      const merchants = Array.from({ length: (2 * perTenant) / 20 }, (_, i) => (i % 2 === 0 ? merchantA : merchantB));
      await fleet.sql.rows(`INSERT INTO outbox_events (topic, aggregate_type, aggregate_id, payload, created_at)
        SELECT 'review.decided', 'review', gen_random_uuid(), jsonb_build_object('fromStatus', 'scoring', 'toStatus', 'published', 'merchantId', m::text,
               'productId', gen_random_uuid()::text, 'revision', 1), now() FROM unnest($1::uuid[]) AS m`, [merchants]);
      await sleep(500);
    }
    await until(async () => ((await fleet.sql.n('SELECT count(*) FROM webhook_deliveries WHERE webhook_id = $1', [healthy])) === perTenant ? true : undefined),
      'a delivery row for each of B’s events', 120_000, 1_000);
    await until(async () => ((await fleet.sql.n(`SELECT count(*) FROM webhook_deliveries WHERE webhook_id = $1 AND state <> 'succeeded'`, [healthy])) === 0 ? true : undefined),
      'every delivery to B', 300_000, 1_000);
    const expected = perTenant;

    const [latency] = await fleet.sql.rows<{ p50: number; p99: number; max: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
         FROM (SELECT extract(epoch FROM delivered_at - created_at) * 1000 AS ms FROM webhook_deliveries WHERE webhook_id = $1) d`, [healthy]);
    const states = await fleet.sql.rows<{ webhook_id: string; state: string; n: number }>(
      'SELECT webhook_id, state, count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = ANY($1::uuid[]) GROUP BY 1, 2 ORDER BY 1, 2', [[hang, fail]]);
    const name = (id: string): string => (id === hang ? 'A/hang' : 'A/fail');
    log(`tenant B: ${expected} deliveries, p50 ${Math.round(latency.p50)} ms, p99 ${Math.round(latency.p99)} ms, max ${Math.round(latency.max)} ms` +
      ` (from the delivery row to the receiver's 2xx); tenant A: ${states.map((r) => `${name(r.webhook_id)} ${r.state} ${r.n}`).join(', ')}`);
    // The issue's bar, with a margin: measured p50 0.38 s / p99 1.2 s (whole file, shared 2-core machine at
    // load average ~15, 2 Dec 2026). Before fair ordering B waited behind every one of A's hung attempts (0 of
    // 2,262 in 11 minutes); a first version that kept re-picking A's waiting deliveries gave p99 20-45 s, and
    // 2 slots per webhook (of 8) gave 7-20 s once the loaded machine slowed B's own attempts. The volume is what
    // that loaded worker sustains: with 200 events per tenant and A's receivers HEALTHY, B's p99 there was 12 s.
    expect(latency.p99).toBeLessThanOrEqual(5_000);
    // Never lose an event: each of A's deliveries is still there, waiting or dead-lettered, none cancelled or delivered.
    expect(states.every((r) => r.state === 'pending' || r.state === 'failed')).toBe(true);
    expect(states.filter((r) => r.webhook_id === fail).reduce((n, r) => n + r.n, 0)).toBe(perTenant);
    expect(states.filter((r) => r.webhook_id === hang).reduce((n, r) => n + r.n, 0)).toBe(perTenant);
  });
});
