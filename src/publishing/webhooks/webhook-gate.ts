import { Injectable } from '@nestjs/common';
import { AppConfigService } from '../../config/app-config.service.js';
import { admit, CLOSED, isClosed, recordOutcome, started, type CircuitState } from '../domain/webhook-circuit.js';

interface Lane {
  inFlight: number;
  circuit: CircuitState;
  /** Moving average of attempt durations: how long until a slot is likely free again. */
  avgMs: number;
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
    const lane = this.lanes.get(webhookId) ?? { inFlight: 0, circuit: CLOSED, avgMs: 0 };
    const admission = admit(lane.circuit, now, timeoutMs);
    if (!admission.admit) return { granted: false, retryInMs: jitter(admission.retryAt - now) };
    // Come back about when a slot frees: soon for a fast receiver, after a timeout for a hanging one.
    if (lane.inFlight >= perWebhookConcurrency) return { granted: false, retryInMs: jitter(Math.min(Math.max(lane.avgMs, 100), timeoutMs)) };
    lane.inFlight += 1;
    lane.circuit = started(lane.circuit, admission);
    this.lanes.set(webhookId, lane);
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

  private release(webhookId: string, lane: Lane, outcome: 'ok' | 'failed' | 'none', startedAt: number): void {
    const now = Date.now();
    lane.inFlight -= 1;
    if (outcome === 'none') lane.circuit = { ...lane.circuit, probing: false };
    else {
      lane.circuit = recordOutcome(lane.circuit, outcome === 'ok', now, this.config.webhooks.circuit);
      lane.avgMs = lane.avgMs === 0 ? now - startedAt : 0.8 * lane.avgMs + 0.2 * (now - startedAt);
    }
    // Healthy and idle: forget it, so the map only holds webhooks that are busy or in trouble.
    if (lane.inFlight === 0 && isClosed(lane.circuit) && lane.avgMs < 1_000) this.lanes.delete(webhookId);
  }
}

/** Spreads a crowd of waiting deliveries over +0–25 % so they do not all come back in the same instant. */
const jitter = (ms: number): number => Math.max(10, Math.round(ms * (1 + Math.random() * 0.25)));
