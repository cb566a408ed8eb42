import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** `cnd_<prefix>_<secret>`; publishable keys read `cnd_pk_<prefix>_<secret>` so they are told apart at a glance. */
const KEY_PATTERN = /^cnd_(pk_)?([0-9a-f]{12})_([A-Za-z0-9_-]{32,64})$/;

export interface ParsedApiKey {
  prefix: string;
  secret: string;
  publishable: boolean;
}

export const keyPrefixText = (prefix: string, publishable: boolean): string => `cnd_${publishable ? 'pk_' : ''}${prefix}`;

export function generateApiKey(publishable = false): { key: string; prefix: string; secret: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return { key: `${keyPrefixText(prefix, publishable)}_${secret}`, prefix, secret };
}

export function parseApiKey(raw: string): ParsedApiKey | undefined {
  const match = KEY_PATTERN.exec(raw);
  return match ? { prefix: match[2], secret: match[3], publishable: match[1] !== undefined } : undefined;
}

/** Keyed hash: a stolen table is useless without the pepper, and lookup stays O(1) by prefix. */
export function hashSecret(pepper: string, secret: string): string {
  return createHmac('sha256', pepper).update(secret).digest('hex');
}

export function secretMatches(pepper: string, secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(pepper, secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
