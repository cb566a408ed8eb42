import { createHash } from 'node:crypto';

/** Deterministic delivery id: the same (webhook, event) always maps to the same log row. */
export function deliveryId(webhookId: string, eventUuid: string): string {
  const hex = createHash('sha256').update(`candor-delivery\0${webhookId}\0${eventUuid}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
