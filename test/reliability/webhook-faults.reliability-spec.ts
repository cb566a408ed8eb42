import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pushReviews, startFleet, type Fleet } from './support/fleet.js';
import { startWorker, until, type Child } from './support/processes.js';
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
      // Production accepts https webhook URLs only; the loopback receiver speaks plain http.
      NODE_ENV: 'development', WEBHOOK_TIMEOUT_MS: '1500', WEBHOOK_BACKOFF_MS: '200', WEBHOOK_ATTEMPTS: '4',
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
});
