import { requestIdGenerator } from './request-id.js';

describe('requestIdGenerator', () => {
  it('gives UUID-shaped ids that differ within a process and between processes', () => {
    const a = requestIdGenerator();
    const b = requestIdGenerator();
    const ids = [a(), a(), a(), b(), b()];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts in the last 12 hex digits after a fixed prefix', () => {
    const next = requestIdGenerator('01234567-89ab-cdef-0123-');
    expect([next(), next(), next()]).toEqual(['01234567-89ab-cdef-0123-000000000000', '01234567-89ab-cdef-0123-000000000001', '01234567-89ab-cdef-0123-000000000002']);
  });
});
