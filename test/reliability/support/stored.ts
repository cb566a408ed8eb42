import type { Sql } from './database.js';
import type { Attempt } from './stream.js';

/**
 * Checks, for a fault test's whole intake history, that every item the API reported as stored exists
 * exactly once with the id it reported, and that nothing else was stored. Returns the problems (empty = good).
 */
export async function storedExactlyOnce(sql: Sql, attempts: Attempt[], resubmitted: Map<string, string>): Promise<{ submitted: number; problems: string[] }> {
  const reported = new Map<string, string>();
  for (const attempt of attempts) for (const [externalId, id] of attempt.stored) reported.set(externalId, id);
  for (const [externalId, id] of resubmitted) {
    // A resubmission of something that was in fact committed must come back as the same review.
    if (reported.has(externalId) && reported.get(externalId) !== id) return { submitted: 0, problems: [`${externalId} got a second id`] };
    reported.set(externalId, id);
  }
  const submitted = new Set(attempts.flatMap((a) => a.items.map((i) => i.externalId)));
  const rows = await sql.rows<{ external_id: string; id: string }>('SELECT external_id, id FROM reviews');
  const byExternal = new Map<string, string[]>();
  for (const row of rows) byExternal.set(row.external_id, [...(byExternal.get(row.external_id) ?? []), row.id]);
  const problems: string[] = [];
  for (const [externalId, id] of reported) {
    const ids = byExternal.get(externalId) ?? [];
    if (ids.length !== 1 || ids[0] !== id) problems.push(`${externalId}: reported ${id}, stored ${JSON.stringify(ids)}`);
  }
  for (const externalId of byExternal.keys()) if (!submitted.has(externalId)) problems.push(`${externalId} stored but never sent`);
  for (const externalId of submitted) if (!reported.has(externalId)) problems.push(`${externalId} never reported stored`);
  return { submitted: submitted.size, problems: problems.slice(0, 20) };
}

/** Status histogram per phase, for the log and for assertions. */
export function statusesByPhase(attempts: Attempt[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const a of attempts) {
    out[a.phase] ??= {};
    out[a.phase][String(a.status)] = (out[a.phase][String(a.status)] ?? 0) + 1;
  }
  return out;
}
