import { createHash, createHmac } from 'node:crypto';

/** Keyed so a leaked table cannot be reversed by hashing every IPv4 address. */
export function hashIdentifier(pepper: string, kind: 'ip' | 'device', value: string): string {
  return createHmac('sha256', pepper).update(`${kind}:${value}`).digest('base64url').slice(0, 22);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
