import { EnvValidationError, validateEnv } from '../../config/env.dto.js';

/** The webhook settings of EnvDto: loopback receivers are a development/test switch that production refuses. */
describe('webhook settings', () => {
  const base = { DATABASE_URL: 'postgres://x@127.0.0.1/db', API_KEY_PEPPER: 'p'.repeat(32) };

  it('defaults: loopback refused, 5 s timeout, 4 per webhook, circuit after 5 failures', () => {
    expect(validateEnv({ ...base, NODE_ENV: 'production' })).toMatchObject({
      WEBHOOK_ALLOW_LOOPBACK: false, WEBHOOK_TIMEOUT_MS: 5_000, WEBHOOK_CONCURRENCY_PER_WEBHOOK: 4, WEBHOOK_CIRCUIT_FAILURES: 5,
    });
  });

  it('allows loopback in development and tests only', () => {
    expect(validateEnv({ ...base, NODE_ENV: 'test', WEBHOOK_ALLOW_LOOPBACK: 'true' }).WEBHOOK_ALLOW_LOOPBACK).toBe(true);
    expect(() => validateEnv({ ...base, NODE_ENV: 'production', WEBHOOK_ALLOW_LOOPBACK: 'true' })).toThrow(/WEBHOOK_ALLOW_LOOPBACK=true is for development and tests only/);
    expect(() => validateEnv({ ...base, WEBHOOK_ALLOW_LOOPBACK: 'yes' })).toThrow(EnvValidationError);
    expect(() => validateEnv({ ...base, WEBHOOK_CONCURRENCY_PER_WEBHOOK: '0' })).toThrow(EnvValidationError);
  });
});
