import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { ActiveRuleSet } from './active-rule-set.js';
import { dryRun, type DryRunItem } from './domain/rules/dry-run.js';
import { parseRuleSet, RuleSetError, type RawRuleFiles } from './domain/rules/parse-rule-set.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import { PercentileStore } from './percentile-store.js';
import { RescoreAdminService, type RescoreJobView } from './rescore-admin.service.js';
import { RuleSetVersionsRepository, type RuleSetVersionRow } from './rule-set-versions.repository.js';
import type { DryRunView, RuleSetCandidateDto, RuleSetValidation, RuleSetVersionView } from './rule-sets.dto.js';
import { RuleSetAdminError, RuleSetErrorCode } from './rule-sets.error.js';
import { hashRawRules } from './rules.loader.js';

const DEFAULT_DRY_RUN_ITEMS = 200;

const view = (r: RuleSetVersionRow): RuleSetVersionView => ({
  id: r.id, version: r.version, hash: r.hash, source: r.source, author: r.author, createdAt: r.createdAt.toISOString(), active: r.active,
  activatedAt: r.activatedAt?.toISOString() ?? null, activatedBy: r.activatedBy,
});

/** Admin use cases of rule-set versions: validate, store, dry-run, activate (which starts the rescore). */
@Injectable()
export class RuleSetsAdminService {
  public constructor(
    private readonly versions: RuleSetVersionsRepository,
    private readonly active: ActiveRuleSet,
    private readonly rescore: RescoreAdminService,
    private readonly percentiles: PercentileStore,
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  public async list(): Promise<RuleSetVersionView[]> {
    return (await this.versions.list(100)).map(view);
  }

  public async validate(dto: RuleSetCandidateDto): Promise<RuleSetValidation> {
    const raw = this.rawOf(dto);
    const hash = hashRawRules(raw);
    try {
      const rules = parseRuleSet(raw, hash);
      return { valid: true, version: rules.version, hash, errors: [], warnings: await this.lint(rules) };
    } catch (error) {
      if (!(error instanceof RuleSetError)) throw error;
      const version = typeof dto.ruleset.version === 'string' ? dto.ruleset.version : null;
      return { valid: false, version, hash, errors: error.issues, warnings: [] };
    }
  }

  /** Stores a valid candidate (author = the admin's principal); the same content again returns the stored version. */
  public async create(auth: AuthContext, dto: RuleSetCandidateDto): Promise<{ version: RuleSetVersionView; created: boolean }> {
    const raw = this.rawOf(dto);
    const rules = this.parse(raw, hashRawRules(raw));
    const { row, created } = await this.versions.insert({ version: rules.version, hash: rules.hash, raw, source: 'api', author: auth.principalId }, this.clock.now());
    return { version: view(row), created };
  }

  public async dryRun(id: string, limit = DEFAULT_DRY_RUN_ITEMS): Promise<DryRunView> {
    const candidate = await this.load(id);
    const current = this.active.current();
    const [items, tables] = await Promise.all([this.recentItems(limit), this.percentiles.current()]);
    return { currentVersion: current.version, candidateVersion: candidate.version, ...dryRun(items, current, candidate, tables) };
  }

  /** Activates a stored version everywhere (NOTIFY) and starts the rescore under it, with progress. */
  public async activate(auth: AuthContext, id: string): Promise<{ version: RuleSetVersionView; rescore: RescoreJobView }> {
    const rules = await this.load(id);
    await this.versions.activate(rules.hash, auth.principalId, this.clock.now());
    await this.active.refresh();
    const rescore = await this.rescore.start(auth);
    return { version: view((await this.versions.findByHash(rules.hash)) as RuleSetVersionRow), rescore };
  }

  private rawOf(dto: RuleSetCandidateDto): RawRuleFiles {
    return { ruleset: dto.ruleset, lexicons: dto.lexicons ?? this.active.currentRaw().lexicons };
  }

  private parse(raw: RawRuleFiles, hash: string): RuleSet {
    try {
      return parseRuleSet(raw, hash);
    } catch (error) {
      if (error instanceof RuleSetError) throw new RuleSetAdminError(RuleSetErrorCode.Invalid, 'the rule set does not validate', { issues: error.issues });
      throw error;
    }
  }

  private async load(id: string): Promise<RuleSet> {
    const row = await this.versions.findById(id);
    if (!row) throw new RuleSetAdminError(RuleSetErrorCode.NotFound, `No rule-set version ${id}`);
    return this.parse(row.raw, row.hash);
  }

  private async lint(rules: RuleSet): Promise<string[]> {
    const warnings: string[] = [];
    const same = await this.versions.findByHash(rules.hash);
    if (same) warnings.push(`identical to stored version ${same.version} (${same.id})`);
    const current = this.active.current();
    if (!same && rules.version === current.version) warnings.push(`version ${rules.version} is the active version's string with other content: bump it`);
    if (rules.version < current.version) warnings.push(`version ${rules.version} sorts before the active ${current.version}`);
    return warnings;
  }

  /** Latest score of the most recently scored items, with their text. */
  private async recentItems(limit: number): Promise<DryRunItem[]> {
    const rows: { title: string | null; body: string; signals: DryRunItem['signals'] }[] = await this.db.query(
      `SELECT r.title, r.body, s.signals FROM (
         SELECT DISTINCT ON (review_id) review_id, signals, scored_at FROM review_scores ORDER BY review_id, scored_at DESC, id DESC) s
         JOIN reviews r ON r.id = s.review_id ORDER BY s.scored_at DESC LIMIT $1`, [limit]);
    return rows.map((r) => ({ title: r.title, body: r.body, signals: Array.isArray(r.signals) ? r.signals : [] }));
  }
}
