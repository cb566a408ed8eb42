import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One stored rule set (ruleset.yaml + lexicons as parsed YAML); at most one is active. Never deleted. */
@Entity('rule_set_versions')
@Index('UQ_rule_set_versions_hash', ['hash'], { unique: true })
@Index('UQ_rule_set_versions_one_active', ['active'], { unique: true, where: `"active"` })
@Check('CHK_rule_set_versions_source', `"source" IN ('files','api')`)
@Check('CHK_rule_set_versions_activated', `NOT "active" OR "activated_at" IS NOT NULL`)
export class RuleSetVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @Column({ type: 'text' })
  public version: string;

  @Column({ type: 'text' })
  public hash: string;

  @Column({ type: 'jsonb' })
  public content: { ruleset: unknown; lexicons: unknown };

  /** 'files' when seeded from moderation-rules/ at boot, 'api' when an admin submitted it. */
  @Column({ type: 'text' })
  public source: 'files' | 'api';

  /** Principal id of the admin, or 'moderation-rules/' for the files. */
  @Column({ type: 'text' })
  public author: string;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'boolean', default: false })
  public active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  public activatedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  public activatedBy: string | null;
}
