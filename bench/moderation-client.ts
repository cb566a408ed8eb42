import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';

/**
 * The moderators of bench/moderation.ts, run in a worker thread so that their event loop is not the API's:
 * a client sharing the server's loop queues its timers and response parsing behind request handling and
 * reports that wait as API latency.
 */
export interface ClientJob {
  baseUrl: string;
  keys: string[];
  seconds: number;
  /** Mean pause (uniform in 0.5×–1.5×) while the moderator reads the item; 0 for capacity runs. */
  thinkMs: number;
  /** pair: POST /claims then POST …/decisions; combined: POST …/decisions with claimNext (one request per item). */
  mode: 'pair' | 'combined';
}

export interface ClientTally {
  latencies: number[];
  decisions: number;
  empty: number;
  errors: number;
  errorSamples: string[];
  elapsedSeconds: number;
}

interface Item { id: string; version: number }

const DECISIONS = [
  { action: 'approve' }, { action: 'approve' }, { action: 'approve' }, { action: 'remove', reasonCode: 'spam' },
  { action: 'fold', reasonCode: 'incentivised_undisclosed' }, { action: 'hide', reasonCode: 'fake_or_not_genuine' },
];

const sleep = (millis: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, millis));

const agents = new Map<string, http.Agent>();

/** One keep-alive socket per moderator, as one browser tab would hold. */
function agentFor(key: string): http.Agent {
  let agent = agents.get(key);
  if (!agent) agents.set(key, (agent = new http.Agent({ keepAlive: true, maxSockets: 1 })));
  return agent;
}

/** Plain node:http: less client CPU per request than fetch, so the client steals less of the 2 cores from the API. */
function post(baseUrl: string, key: string, path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${path}`, {
      method: 'POST', agent: agentFor(key),
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}


const think = (ms: number): Promise<void> => (ms > 0 ? sleep(ms * (0.5 + Math.random())) : Promise.resolve());

function fail(tally: ClientTally, what: string, res: { status: number; json: Record<string, unknown> }): void {
  tally.errors += 1;
  if (tally.errorSamples.length < 5) tally.errorSamples.push(`${what} → ${res.status} ${String(res.json.code ?? '')}`);
}

async function claimOne(job: ClientJob, key: string, tally: ClientTally): Promise<{ item: Item | null; ms: number }> {
  const started = performance.now();
  const res = await post(job.baseUrl, key, '/v1/moderation/claims', { count: 1 });
  const ms = performance.now() - started;
  if (res.status !== 200) fail(tally, 'claim', res);
  const item = (res.json.items as Item[] | undefined)?.[0] ?? null;
  if (res.status === 200 && !item) tally.empty += 1;
  return { item, ms };
}

/** Claim (measured), read the item (think), decide (measured): the round trip is the two requests' time. */
async function pairModerator(job: ClientJob, key: string, deadline: number, tally: ClientTally): Promise<void> {
  for (let n = 0; performance.now() < deadline; n++) {
    const claimed = await claimOne(job, key, tally);
    if (!claimed.item) continue;
    await think(job.thinkMs);
    const started = performance.now();
    const res = await post(job.baseUrl, key, `/v1/moderation/items/${claimed.item.id}/decisions`, { ...DECISIONS[n % DECISIONS.length], version: claimed.item.version });
    if (res.status !== 201) fail(tally, 'decide', res);
    else {
      tally.latencies.push(claimed.ms + performance.now() - started);
      tally.decisions += 1;
    }
  }
}

/** Read the item (think), then one request decides it and claims the next. */
async function combinedModerator(job: ClientJob, key: string, deadline: number, tally: ClientTally): Promise<void> {
  let item = (await claimOne(job, key, tally)).item;
  for (let n = 0; performance.now() < deadline; n++) {
    if (!item) {
      item = (await claimOne(job, key, tally)).item;
      continue;
    }
    await think(job.thinkMs);
    const started = performance.now();
    const res = await post(job.baseUrl, key, `/v1/moderation/items/${item.id}/decisions`, { ...DECISIONS[n % DECISIONS.length], version: item.version, claimNext: true });
    if (res.status !== 201) {
      fail(tally, 'decide+claimNext', res);
      item = null;
      continue;
    }
    tally.latencies.push(performance.now() - started);
    tally.decisions += 1;
    item = res.json.next as Item | null;
    if (!item) tally.empty += 1;
  }
}

async function run(job: ClientJob): Promise<ClientTally> {
  const tally: ClientTally = { latencies: [], decisions: 0, empty: 0, errors: 0, errorSamples: [], elapsedSeconds: 0 };
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  const moderator = job.mode === 'pair' ? pairModerator : combinedModerator;
  // Moderators at work are out of step with one another. Started in the same millisecond, all 50 would send
  // their first request at once, and that one burst, not the steady state, would set the phase's p99: so
  // each one starts within its first think time.
  await Promise.all(job.keys.map(async (key) => {
    await think(job.thinkMs);
    await moderator(job, key, deadline, tally);
  }));
  tally.elapsedSeconds = (performance.now() - started) / 1000;
  return tally;
}

// One thread serves all of a deployment's phases, one after another: its code, heap and keep-alive sockets
// are warm from the warm-up on, so a phase's first seconds do not measure a cold client.
parentPort?.on('message', (job: ClientJob) => {
  run(job).then((tally) => parentPort?.postMessage({ ok: true, tally }), (error: unknown) => parentPort?.postMessage({ ok: false, error: String((error as Error).stack ?? error) }));
});
