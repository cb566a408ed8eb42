import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { AuthContext } from '../common/auth/auth-context.js';
import { CommonError, CommonErrorCode } from '../common/errors/common-error.js';
import { rescoreAllJobId } from '../queue/job-ids.js';
import { JobName, QueueName, RESCORE_ALL_JOB_OPTIONS } from '../queue/queue.constants.js';
import { ActiveRuleSet } from './active-rule-set.js';
import type { RescoreProgress } from './rescore.service.js';
import { RuleSetVersionsRepository } from './rule-set-versions.repository.js';

/**
 * started: a new job for these rules; running: joined the job already queued or running; alreadyRan: a job for
 * these rules completed (its id and progress are returned, nothing new runs); retried: the failed job was retried.
 */
export type RescoreStartStatus = 'started' | 'running' | 'alreadyRan' | 'retried';

export class RescoreJobView {
  @ApiProperty({ type: 'string' })
  public jobId: string;

  @ApiProperty({ type: 'string' })
  public state: string;

  @ApiProperty({ type: 'string' })
  public ruleSetVersion: string;

  @ApiProperty({ type: 'string' })
  public ruleSetHash: string;

  @ApiProperty({
    type: 'object', nullable: true, description: 'Items re-scored so far (null before the worker starts)',
    properties: { total: { type: 'integer' }, done: { type: 'integer' }, changed: { type: 'integer' }, lastId: { type: 'string', nullable: true }, percent: { type: 'number' } },
  })
  public progress: Partial<RescoreProgress> | null;

  @ApiProperty({ type: 'string', nullable: true })
  public failedReason: string | null;

  @ApiPropertyOptional({ enum: ['started', 'running', 'alreadyRan', 'retried'], description: 'On POST only: what asking did (see RescoreStartStatus)' })
  public status?: RescoreStartStatus;

  @ApiPropertyOptional({ type: 'boolean', description: 'On POST only: true when these rules already ran and nothing new started' })
  public alreadyRan?: boolean;
}

/** API side of bulk re-scoring: the worker does the work, this starts it and reports progress. */
@Injectable()
export class RescoreAdminService {
  public constructor(
    @InjectQueue(QueueName.Score) private readonly queue: Queue,
    private readonly active: ActiveRuleSet,
    private readonly versions: RuleSetVersionsRepository,
  ) {}

  /**
   * The job id is the rule-set hash, so add() would silently hand back a completed job for rules that already
   * ran (issue 18): say so instead, with the old job's id, and retry a failed one rather than returning it.
   */
  public async start(auth: AuthContext): Promise<RescoreJobView & { status: RescoreStartStatus; alreadyRan: boolean }> {
    const rules = this.active.current();
    const jobId = rescoreAllJobId(rules.hash);
    const existing = await this.queue.getJob(jobId);
    const state = existing ? await existing.getState() : null;
    let status: RescoreStartStatus;
    if (existing && state === 'completed') status = 'alreadyRan';
    else if (existing && state === 'failed') {
      await existing.retry('failed');
      status = 'retried';
    } else {
      await this.queue.add(JobName.RescoreAll, { ruleSetHash: rules.hash, requestedBy: auth.keyId }, { ...RESCORE_ALL_JOB_OPTIONS, jobId });
      status = existing ? 'running' : 'started';
    }
    return { ...(await this.status(jobId)), status, alreadyRan: status === 'alreadyRan' };
  }

  public async status(jobId: string): Promise<RescoreJobView> {
    const job = await this.queue.getJob(jobId);
    if (!job || job.name !== JobName.RescoreAll) throw new CommonError(CommonErrorCode.NotFound, `No re-scoring job ${jobId}`);
    const data = job.data as { ruleSetHash: string };
    return {
      jobId,
      state: await job.getState(),
      ruleSetVersion: (await this.versions.findByHash(data.ruleSetHash))?.version ?? 'unknown',
      ruleSetHash: data.ruleSetHash,
      progress: typeof job.progress === 'object' ? (job.progress as Partial<RescoreProgress>) : null,
      failedReason: job.failedReason ?? null,
    };
  }
}
