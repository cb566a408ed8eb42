import type { Role } from '../../common/auth/role.js';
import type { WebhookOwnerType } from './external-events.js';

/**
 * Resource snapshots on events (pure). The relay stores, per event, the resource as each audience may see it
 * (built from the review GET's role views, never a second view); readers get only their audience's copy.
 * `dataVersion` 2 adds the snapshot beside the ids of version 1, which stay as they were.
 */
export const EVENT_DATA_VERSION = 2;

/** `public`: what a storefront sees (the public review view); `merchant`: the owning merchant's view. */
export type SnapshotAudience = 'public' | 'merchant';
export type EventSnapshots = Partial<Record<SnapshotAudience, Record<string, unknown>>>;

/** Which resource an event type snapshots (`data.review` / `data.response`); author notices carry none. */
export type SnapshotResource = 'review' | 'response';
export function snapshotResource(type: string): SnapshotResource | null {
  if (type.startsWith('review.')) return 'review';
  if (type.startsWith('response.')) return 'response';
  return null;
}

/** The snapshotted resource's id, from the event's ids. */
export const snapshotId = (e: { type: string; data: Record<string, unknown> }): string =>
  String(snapshotResource(e.type) === 'response' ? e.data.responseId : e.data.reviewId);

/** Channels receive author notices only, which carry no review snapshot. */
export const webhookAudience = (owner: WebhookOwnerType): SnapshotAudience | null => (owner === 'storefront' ? 'public' : owner === 'merchant' ? 'merchant' : null);

/** Staff read the feed with the merchant's copy: events never carry fraud internals, notes, weights or actor ids. */
export function feedAudience(role: Role): SnapshotAudience | null {
  if (role === 'storefront') return 'public';
  if (role === 'channel') return null;
  return 'merchant';
}

/** The snapshot a reader of `audience` gets: its own copy, or null (none recorded, or none it may see). */
export const snapshotFor = (snapshots: EventSnapshots | undefined, audience: SnapshotAudience | null): Record<string, unknown> | null =>
  (audience === null ? null : (snapshots?.[audience] ?? null));
