import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Verifying a Candor webhook delivery, server side. Every delivery carries two signatures over the raw body
 * (see the `webhooks` section of openapi.json):
 * - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, keyed by the whole secret string;
 * - Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<t>.<body>")>`,
 *   keyed by the base64-decoded part of the `whsec_…` secret; several space-separated signatures during a rotation.
 * The timestamp is signed, so refusing one outside the window stops a captured delivery from being replayed later.
 * Node-only (node:crypto), hence its own entry point: `@candor/client/webhooks`.
 */

/** Candor's replay window: a delivery whose timestamp is further than this from the receiver's clock is refused. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookFailure = 'missing_signature' | 'malformed_signature' | 'timestamp_out_of_window' | 'signature_mismatch';

export type WebhookVerification =
  | { ok: true; scheme: 'standard' | 'candor'; eventId: string | undefined; timestamp: number }
  | { ok: false; reason: WebhookFailure };

export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** The webhook's secret (`whsec_…`), shown once when the webhook was registered. */
  secret: string;
  /** Raw request body bytes, before any JSON parsing: re-serialised JSON does not verify. */
  body: string | Uint8Array;
  headers: HeaderSource;
  toleranceSeconds?: number;
  /** Receiver clock in unix seconds (default: now). */
  nowSeconds?: number;
}

const fail = (reason: WebhookFailure): WebhookVerification => ({ ok: false, reason });

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

const hmac = (key: string | Buffer, payload: Buffer): Buffer => createHmac('sha256', key).update(payload).digest();
const bytes = (body: string | Uint8Array): Buffer => (typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
const signed = (prefix: string, body: string | Uint8Array): Buffer => Buffer.concat([Buffer.from(prefix, 'utf8'), bytes(body)]);
/** Constant time in the signature's content; lengths are public (fixed by the algorithm). */
const sameMac = (expected: Buffer, given: Buffer): boolean => given.length === expected.length && timingSafeEqual(given, expected);

function parseTimestamp(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}

const inWindow = (t: number, now: number, tolerance: number): boolean => Math.abs(now - t) <= tolerance;

/** `Candor-Signature: t=…,v1=…` alone. */
export function verifyCandorSignature(secret: string, signatureHeader: string, body: string | Uint8Array, nowSeconds: number, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS): WebhookVerification {
  const parts = new Map(signatureHeader.split(',').map((p) => { const i = p.indexOf('='); return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const; }));
  const t = parseTimestamp(parts.get('t'));
  const v1 = parts.get('v1');
  if (t === undefined || v1 === undefined || !/^[0-9a-f]{64}$/i.test(v1)) return fail('malformed_signature');
  if (!inWindow(t, nowSeconds, toleranceSeconds)) return fail('timestamp_out_of_window');
  if (!sameMac(hmac(secret, signed(`${t}.`, body)), Buffer.from(v1, 'hex'))) return fail('signature_mismatch');
  return { ok: true, scheme: 'candor', eventId: undefined, timestamp: t };
}

/** Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`) alone; any `v1,` entry may match. */
export function verifyStandardWebhook(
  secret: string, standard: { id: string; timestamp: string; signature: string }, body: string | Uint8Array, nowSeconds: number, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): WebhookVerification {
  const t = parseTimestamp(standard.timestamp);
  const entries = standard.signature.split(' ').filter(Boolean).map((entry) => entry.split(',', 2));
  if (t === undefined || standard.id === '' || entries.length === 0) return fail('malformed_signature');
  if (!inWindow(t, nowSeconds, toleranceSeconds)) return fail('timestamp_out_of_window');
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = hmac(key, signed(`${standard.id}.${t}.`, body));
  const matched = entries.some(([version, mac]) => version === 'v1' && mac !== undefined && sameMac(expected, Buffer.from(mac, 'base64')));
  return matched ? { ok: true, scheme: 'standard', eventId: standard.id, timestamp: t } : fail('signature_mismatch');
}

/**
 * Verifies a delivery from its headers: the Standard Webhooks signature when present, else `Candor-Signature`.
 * A Standard Webhooks signature that is present but wrong is not retried on the other scheme: both are sent on every delivery.
 */
export function verifyWebhook({ secret, body, headers, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, nowSeconds = Math.floor(Date.now() / 1000) }: VerifyWebhookOptions): WebhookVerification {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signature = header(headers, 'webhook-signature');
  if (id !== undefined && timestamp !== undefined && signature !== undefined) return verifyStandardWebhook(secret, { id, timestamp, signature }, body, nowSeconds, toleranceSeconds);
  const candor = header(headers, 'candor-signature');
  if (candor === undefined) return fail('missing_signature');
  const result = verifyCandorSignature(secret, candor, body, nowSeconds, toleranceSeconds);
  return result.ok ? { ...result, eventId: header(headers, 'candor-event-id') } : result;
}
