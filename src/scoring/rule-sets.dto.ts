import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import { RescoreJobView } from './rescore-admin.service.js';

/** A candidate rule set: ruleset.yaml as JSON; lexicons (by file base name, e.g. "incentive.zh") default to the active version's. */
export class RuleSetCandidateDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The content of ruleset.yaml, as JSON' })
  @IsObject()
  public ruleset: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Lexicons by file base name; omitted = the active version\'s' })
  @IsOptional() @IsObject()
  public lexicons?: Record<string, unknown>;
}

export class DryRunDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 2000, default: 200, description: 'How many of the most recently scored items to re-run' })
  @IsOptional() @IsInt() @Min(1) @Max(2000)
  public limit?: number;
}

export class RuleSetValidation {
  @ApiProperty() public valid: boolean;
  @ApiProperty({ nullable: true, type: String }) public version: string | null;
  @ApiProperty() public hash: string;
  @ApiProperty({ type: [String], description: '"path: problem" for every problem; empty when valid' }) public errors: string[];
  @ApiProperty({ type: [String], description: 'Lint: legal but probably unintended (same content as a stored version, reused version string…)' }) public warnings: string[];
}

export class RuleSetVersionView {
  @ApiProperty({ format: 'uuid' }) public id: string;
  @ApiProperty() public version: string;
  @ApiProperty() public hash: string;
  @ApiProperty({ enum: ['files', 'api'] }) public source: 'files' | 'api';
  @ApiProperty({ description: 'Principal id of the admin, or moderation-rules/ for the committed files' }) public author: string;
  @ApiProperty({ format: 'date-time' }) public createdAt: string;
  @ApiProperty() public active: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) public activatedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) public activatedBy: string | null;
}

export class DryRunView {
  @ApiProperty() public currentVersion: string;
  @ApiProperty() public candidateVersion: string;
  @ApiProperty() public items: number;
  @ApiProperty({ description: 'Verdict counts under the active rules' }) public current: Record<string, number>;
  @ApiProperty({ description: 'Verdict counts under the candidate' }) public candidate: Record<string, number>;
  @ApiProperty({ description: 'Items whose verdict changes, by "from→to"' }) public changes: Record<string, number>;
  @ApiProperty() public changed: number;
}

/** `POST rule-sets/:id/activate`: the version now active and the rescore it started. */
export class RuleSetActivation {
  @ApiProperty({ type: () => RuleSetVersionView }) public version: RuleSetVersionView;
  @ApiProperty({ type: () => RescoreJobView }) public rescore: RescoreJobView;
}
