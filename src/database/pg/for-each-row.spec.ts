import { forEachRow } from './for-each-row.js';

describe('forEachRow', () => {
  it('turns each parameter into a column of an unnest() row and runs the statement per row', () => {
    expect(forEachRow('SELECT a FROM t WHERE id = $1 AND at < $2::timestamptz - interval \'1 day\' AND n >= $10', [
      'uuid', 'timestamptz', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'int',
    ])).toBe(`SELECT p.ord, x.*
  FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[]) WITH ORDINALITY AS p(p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, ord)
  CROSS JOIN LATERAL (SELECT a FROM t WHERE id = p.p1 AND at < p.p2::timestamptz - interval '1 day' AND n >= p.p10) x`);
  });

  it('refuses a type list that does not match the parameters the statement uses', () => {
    expect(() => forEachRow('SELECT $1, $2', ['uuid'])).toThrow('uses 2 parameters but 1 types');
  });
});
