import type { AppConfigService } from '../../config/app-config.service.js';
import { fairPriorities } from '../event-publisher.service.js';
import { WebhookGate, type Permit } from './webhook-gate.js';

const config = { webhooks: { timeoutMs: 1_000, perWebhookConcurrency: 2, circuit: { failureThreshold: 3, cooldownMs: 60_000, maxCooldownMs: 600_000 } } } as unknown as AppConfigService;
const granted = (p: Permit): Extract<Permit, { granted: true }> => {
  if (!p.granted) throw new Error('expected a permit');
  return p;
};

describe('WebhookGate (per worker process)', () => {
  it('holds one webhook to its slots without touching another webhook', () => {
    const gate = new WebhookGate(config);
    const a1 = granted(gate.acquire('a'));
    granted(gate.acquire('a'));
    const turned = gate.acquire('a');
    expect(turned.granted).toBe(false);
    expect(gate.acquire('b').granted).toBe(true);
    a1.release('ok');
    expect(gate.acquire('a').granted).toBe(true);
  });

  it('spaces the deliveries it turns away instead of sending them all back at once', () => {
    const gate = new WebhookGate(config);
    granted(gate.acquire('a'));
    granted(gate.acquire('a'));
    const waits = [gate.acquire('a'), gate.acquire('a'), gate.acquire('a')].map((p) => (p.granted ? 0 : p.retryInMs));
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[1]).toBeGreaterThan(waits[0]);
    expect(waits[2]).toBeGreaterThan(waits[1]);
  });

  it('opens the circuit after consecutive failures: deliveries wait (never dropped), the relay enqueues new ones delayed', () => {
    const gate = new WebhookGate(config);
    for (let i = 0; i < 3; i += 1) granted(gate.acquire('a')).release('failed');
    const held = gate.acquire('a');
    expect(held.granted).toBe(false);
    expect(held.granted ? 0 : held.retryInMs).toBeGreaterThan(50_000);
    expect(gate.holdFor('a')).toBeGreaterThan(50_000);
    expect(gate.holdFor('b')).toBe(0);
    expect(gate.acquire('b').granted).toBe(true);
  });
});

describe('fairPriorities', () => {
  it('numbers each webhook’s deliveries after its backlog, so a long backlog goes behind everyone’s next delivery', () => {
    const job = (webhookId: string, n: number): { deliveryId: string; webhookId: string; eventUuid: string; replay: number } => ({ deliveryId: `${webhookId}${n}`, webhookId, eventUuid: `e${n}`, replay: 0 });
    const jobs = [job('busy', 1), job('quiet', 1), job('busy', 2), job('quiet', 2)];
    expect(fairPriorities(jobs, new Map([['busy', 500]])).map((j) => [j.deliveryId, j.priority])).toEqual([['busy1', 501], ['quiet1', 1], ['busy2', 502], ['quiet2', 2]]);
    expect(fairPriorities([job('x', 1)], new Map([['x', 5_000_000]]))[0].priority).toBe(2_097_152);
  });
});
