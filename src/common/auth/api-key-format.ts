import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_PATTERN = /^cnd_([0-9a-f]{12})_([A-Za-z0-9_-]{32,64})$/;

export interface ParsedApiKey {
  prefix: string;
  secret: string;
}

export function generateApiKey(): { key: string; prefix: string; secret: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return { key: `cnd_${prefix}_${secret}`, prefix, secret };
}

export function parseApiKey(raw: string): ParsedApiKey | undefined {
  const match = KEY_PATTERN.exec(raw);
  return match ? { prefix: match[1], secret: match[2] } : undefined;
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
