import { startReceiver, type Receiver } from '../../../test/utils/webhook-receiver.js';
import { guardedLookup, postWebhook } from './webhook-http.js';

/** The delivery-time check, against a loopback receiver only (the network rule): what it refuses never reaches it. */
describe('webhook delivery target check', () => {
  let rx: Receiver;
  const body = JSON.stringify({ id: 'e1', type: 'review.published', cursor: '1', data: {} });
  const open = { allowLoopback: true, requireHttps: false };
  const strict = { allowLoopback: false, requireHttps: false };

  beforeAll(async () => {
    rx = await startReceiver();
  });
  afterAll(() => rx.close());

  it('delivers to loopback when the operator allows it, by literal and by name', async () => {
    expect(await postWebhook(rx.url('/a'), body, {}, 2_000, open)).toEqual({ statusCode: 200, detail: null });
    expect(await postWebhook(rx.url('/b').replace('127.0.0.1', 'localhost'), body, {}, 2_000, open)).toMatchObject({ statusCode: 200 });
    expect(rx.received.map((r) => r.path)).toEqual(['/a', '/b']);
  });

  it('refuses at delivery a target that is no longer allowed: nothing reaches the receiver', async () => {
    const before = rx.received.length;
    expect(await postWebhook(rx.url('/c'), body, {}, 2_000, strict)).toEqual({ statusCode: null, detail: 'target refused: address_not_public' });
    expect(await postWebhook(rx.url('/d').replace('127.0.0.1', 'localhost'), body, {}, 2_000, strict)).toMatchObject({ statusCode: null });
    expect(rx.received.length).toBe(before);
  });

  it('the socket lookup checks every resolved address (a name that resolves to loopback is refused when loopback is not allowed)', async () => {
    const lookup = guardedLookup(strict);
    const error = await new Promise<NodeJS.ErrnoException | null>((done) => lookup('localhost', { all: true }, (e) => done(e)));
    expect(error?.code).toBe('EADDRNOTALLOWED');
    const ok = await new Promise<unknown>((done) => guardedLookup(open)('localhost', { all: true }, (e, addresses) => done(e ?? addresses)));
    expect(Array.isArray(ok) && ok.length > 0).toBe(true);
  });

  it('gives up on a receiver that never answers after the timeout', async () => {
    rx.respond = () => 200;
    const { createServer } = await import('node:http');
    const hang = createServer(() => undefined);
    await new Promise<void>((done) => hang.listen(0, '127.0.0.1', done));
    const port = (hang.address() as { port: number }).port;
    const result = await postWebhook(`http://127.0.0.1:${port}/hang`, body, {}, 200, open);
    hang.closeAllConnections();
    hang.close();
    expect(result.statusCode).toBeNull();
    expect(result.detail).toMatch(/no answer within 200 ms/);
  });
});
