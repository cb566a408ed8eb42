import { readFileSync } from 'node:fs';
import { generateApiKey, hashSecret, parseApiKey, secretMatches } from './api-key-format.js';

const PEPPER = 'p'.repeat(48);

describe('api key format', () => {
  it('round-trips a generated key and matches only its own secret', () => {
    const { key, prefix, secret } = generateApiKey();
    expect(parseApiKey(key)).toEqual({ prefix, secret, publishable: false });
    const stored = hashSecret(PEPPER, secret);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(secret);
    expect(secretMatches(PEPPER, secret, stored)).toBe(true);
    expect(secretMatches('other-pepper', secret, stored)).toBe(false);
    // Change the last character to one it is not (a random secret ends in 'x' one time in 64).
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('x') ? 'y' : 'x'}`;
    expect(secretMatches(PEPPER, tampered, stored)).toBe(false);
  });

  it('marks publishable keys with cnd_pk_ and parses them apart from server keys', () => {
    const { key, prefix, secret } = generateApiKey(true);
    expect(key.startsWith(`cnd_pk_${prefix}_`)).toBe(true);
    expect(parseApiKey(key)).toEqual({ prefix, secret, publishable: true });
    expect(parseApiKey(key.replace('cnd_pk_', 'cnd_'))).toEqual({ prefix, secret, publishable: false });
    expect(parseApiKey(key.replace('cnd_pk_', 'cnd_sk_'))).toBeUndefined();
  });

  it.each([
    ['an empty stored hash', ''],
    ['a truncated stored hash', 'ab'],
    ['a non-hex stored hash', 'z'.repeat(64)],
  ])('refuses %s without throwing', (_name, stored) => {
    expect(secretMatches(PEPPER, 'secret', stored)).toBe(false);
  });

  // A code-level assertion: timing cannot be measured reliably in CI, but the comparison primitive can be pinned.
  it('compares hashes with crypto.timingSafeEqual, never with string or buffer equality', () => {
    const source = secretMatches.toString();
    expect(source).toContain('timingSafeEqual(');
    // Comparing lengths first is fine (the length of a hex SHA-256 is public); comparing contents any other way is not.
    expect(source.replace(/\w+\.length === \w+\.length/g, '')).not.toMatch(/[!=]==?|\.equals\(|\.compare\(|localeCompare/);
    const file = readFileSync(new URL('./api-key-format.ts', import.meta.url), 'utf8');
    expect(file).toMatch(/import \{[^}]*timingSafeEqual[^}]*\} from 'node:crypto'/);
  });
});
