import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RawRuleFiles } from './domain/rules/parse-rule-set.js';

/** Channel every process LISTENs on; the payload is the newly active hash. */
export const RULE_SET_ACTIVATED_CHANNEL = 'candor_rule_set_activated';
export const FILES_AUTHOR = 'moderation-rules/';

export interface RuleSetVersionRow {
  id: string;
  version: string;
  hash: string;
  source: 'files' | 'api';
  author: string;
  createdAt: Date;
  active: boolean;
  activatedAt: Date | null;
  activatedBy: string | null;
}

const COLUMNS = `id, version, hash, source, author, created_at AS "createdAt", active, activated_at AS "activatedAt", activated_by AS "activatedBy"`;

/** The only writer of rule_set_versions. */
@Injectable()
export class RuleSetVersionsRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Stores a version unless its hash exists; returns the row either way and whether it was new. */
  public async insert(v: { version: string; hash: string; raw: RawRuleFiles; source: 'files' | 'api'; author: string }, now: Date): Promise<{ row: RuleSetVersionRow; created: boolean }> {
    const inserted: RuleSetVersionRow[] = await this.db.query(
      `INSERT INTO rule_set_versions (version, hash, content, source, author, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (hash) DO NOTHING RETURNING ${COLUMNS}`, [v.version, v.hash, JSON.stringify(v.raw), v.source, v.author, now]);
    if (inserted[0]) return { row: inserted[0], created: true };
    return { row: (await this.findByHash(v.hash)) as RuleSetVersionRow, created: false };
  }

  /**
   * Files are the source of defaults: at boot the files' version becomes active when nothing is, or when the
   * active version itself came from (older) files. A version an admin activated stays until an admin changes it.
   * Under an advisory lock, so API and worker booting together agree.
   */
  public async seedFromFiles(v: { version: string; hash: string; raw: RawRuleFiles }, now: Date): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('rule-set-versions'))`);
      await m.query(`INSERT INTO rule_set_versions (version, hash, content, source, author, created_at) VALUES ($1, $2, $3, 'files', $4, $5)
                     ON CONFLICT (hash) DO NOTHING`, [v.version, v.hash, JSON.stringify(v.raw), FILES_AUTHOR, now]);
      const active: { hash: string; source: string }[] = await m.query('SELECT hash, source FROM rule_set_versions WHERE active');
      if (active.length === 0 || (active[0].source === 'files' && active[0].hash !== v.hash)) await this.activateIn(m, v.hash, FILES_AUTHOR, now);
    });
  }

  /** Makes `hash` the one active version and tells every process (NOTIFY is delivered at commit). */
  public async activate(hash: string, by: string, now: Date): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('rule-set-versions'))`);
      await this.activateIn(m, hash, by, now);
    });
  }

  private async activateIn(m: { query: (q: string, p?: unknown[]) => Promise<unknown> }, hash: string, by: string, now: Date): Promise<void> {
    await m.query('UPDATE rule_set_versions SET active = false WHERE active AND hash <> $1', [hash]);
    await m.query('UPDATE rule_set_versions SET active = true, activated_at = $2, activated_by = $3 WHERE hash = $1 AND NOT active', [hash, now, by]);
    await m.query('SELECT pg_notify($1, $2)', [RULE_SET_ACTIVATED_CHANNEL, hash]);
  }

  public async active(): Promise<{ hash: string; raw: RawRuleFiles } | null> {
    const rows: { hash: string; content: RawRuleFiles }[] = await this.db.query('SELECT hash, content FROM rule_set_versions WHERE active');
    return rows[0] ? { hash: rows[0].hash, raw: rows[0].content } : null;
  }

  public async activeHash(): Promise<string | null> {
    const rows: { hash: string }[] = await this.db.query('SELECT hash FROM rule_set_versions WHERE active');
    return rows[0]?.hash ?? null;
  }

  public async findByHash(hash: string): Promise<RuleSetVersionRow | null> {
    const rows: RuleSetVersionRow[] = await this.db.query(`SELECT ${COLUMNS} FROM rule_set_versions WHERE hash = $1`, [hash]);
    return rows[0] ?? null;
  }

  public async findById(id: string): Promise<(RuleSetVersionRow & { raw: RawRuleFiles }) | null> {
    const rows: (RuleSetVersionRow & { raw: RawRuleFiles })[] = await this.db.query(`SELECT ${COLUMNS}, content AS raw FROM rule_set_versions WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  public async list(limit: number): Promise<RuleSetVersionRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM rule_set_versions ORDER BY created_at DESC, id DESC LIMIT $1`, [limit]);
  }
}
