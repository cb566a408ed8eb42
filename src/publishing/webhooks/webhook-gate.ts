import { Injectable } from '@nestjs/common';
import { AppConfigService } from '../../config/app-config.service.js';
import { admit, CLOSED, isClosed, recordOutcome, started, type CircuitState } from '../domain/webhook-circuit.js';

interface Lane {
  inFlight: number;
  circuit: CircuitState;
  /** Moving average of attempt durations: how long until a slot is likely free again. */
  avgMs: number;
  /** When the last delivery turned away was told to come back: the next one queues behind it. */
  nextSlot: number;
}

export type Permit = { granted: true; release(outcome: 'ok' | 'failed' | 'none'): void } | { granted: false; retryInMs: number };

/**
 * Per worker process: at most WEBHOOK_CONCURRENCY_PER_WEBHOOK attempts per webhook at once, and one
 * circuit breaker per webhook. A refused delivery is put back (delayed) by the processor, so a hanging
 * or failing receiver holds few of the process's slots and every other webhook keeps moving.
 * In memory on purpose: each process protects its own slots; nothing here needs to survive a restart.
 */
@Injectable()
export class WebhookGate {
  private readonly lanes = new Map<string, Lane>();

  public constructor(private readonly config: AppConfigService) {}

  /** Real time on purpose (not the injectable Clock): the waits it computes are real BullMQ delays. */
  public acquire(webhookId: string): Permit {
    const now = Date.now();
    const { timeoutMs, perWebhookConcurrency } = this.config.webhooks;
    const lane = this.lanes.get(webhookId) ?? { inFlight: 0, circuit: CLOSED, avgMs: 0, nextSlot: 0 };
    this.lanes.set(webhookId, lane);
    const admission = admit(lane.circuit, now, timeoutMs);
    if (!admission.admit) return this.turnAway(lane, admission.retryAt, now);
    if (lane.inFlight >= perWebhookConcurrency) return this.turnAway(lane, now, now);
    lane.inFlight += 1;
    lane.circuit = started(lane.circuit, admission);
    let released = false;
    return {
      granted: true,
      release: (outcome) => {
        if (released) return;
        released = true;
        this.release(webhookId, lane, outcome, now);
      },
    };
  }

  /**
   * For the relay (it runs in the worker processes): a new delivery to a webhook whose circuit is open
   * here is enqueued already delayed to its slot, rather than picked up only to be turned away.
   */
  public holdFor(webhookId: string): number {
    const lane = this.lanes.get(webhookId);
    if (!lane) return 0;
    const now = Date.now();
    const admission = admit(lane.circuit, now, this.config.webhooks.timeoutMs);
    if (admission.admit) return 0;
    const permit = this.turnAway(lane, admission.retryAt, now);
    return permit.granted ? 0 : permit.retryInMs;
  }

  /**
   * Deliveries turned away come back one after another at the pace the webhook can take them (its
   * average attempt time over its slots), from `earliest` on: a webhook with hundreds waiting sees each
   * picked up about once, instead of all of them cycling through the queue and crowding out other webhooks.
   */
  private turnAway(lane: Lane, earliest: number, now: number): Permit {
    const spacing = Math.max(lane.avgMs, 50) / this.config.webhooks.perWebhookConcurrency;
    lane.nextSlot = Math.max(earliest, lane.nextSlot) + spacing;
    return { granted: false, retryInMs: Math.max(Math.round(lane.nextSlot - now), 10) };
  }

  private release(webhookId: string, lane: Lane, outcome: 'ok' | 'failed' | 'none', startedAt: number): void {
    const now = Date.now();
    lane.inFlight -= 1;
    if (outcome === 'none') lane.circuit = { ...lane.circuit, probing: false };
    else {
      lane.circuit = recordOutcome(lane.circuit, outcome === 'ok', now, this.config.webhooks.circuit);
      lane.avgMs = lane.avgMs === 0 ? now - startedAt : 0.8 * lane.avgMs + 0.2 * (now - startedAt);
    }
    // Healthy and idle: forget it, so the map only holds webhooks that are busy or in trouble.
    if (lane.inFlight === 0 && isClosed(lane.circuit) && lane.avgMs < 1_000 && lane.nextSlot <= now) this.lanes.delete(webhookId);
  }
}
