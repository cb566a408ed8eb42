import { ApiProperty } from '@nestjs/swagger';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { resolve } from 'node:path';
import { AppConfigService } from '../config/app-config.service.js';
import type { AuthContext } from '../common/auth/auth-context.js';
import { CommonError, CommonErrorCode } from '../common/errors/common-error.js';
import { rescoreAllJobId } from '../queue/job-ids.js';
import { JobName, QueueName, RESCORE_ALL_JOB_OPTIONS } from '../queue/queue.constants.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import type { RescoreProgress } from './rescore.service.js';
import { loadRuleSet } from './rules.loader.js';

export class RescoreJobView {
  @ApiProperty({ type: 'string' })
  public jobId: string;

  @ApiProperty({ type: 'string' })
  public state: string;

  @ApiProperty({ type: 'string' })
  public ruleSetVersion: string;

  @ApiProperty({ type: 'string' })
  public ruleSetHash: string;

  @ApiProperty({ type: 'string' /* TODO Partial<RescoreProgress> */, nullable: true })
  public progress: Partial<RescoreProgress> | null;

  @ApiProperty({ type: 'string', nullable: true })
  public failedReason: string | null;
}

/** API side of bulk re-scoring: the worker does the work, this starts it and reports progress. */
@Injectable()
export class RescoreAdminService implements OnModuleInit {
  private rules?: RuleSet;

  public constructor(@InjectQueue(QueueName.Score) private readonly queue: Queue, private readonly config: AppConfigService) {}

  public async onModuleInit(): Promise<void> {
    this.rules = await loadRuleSet(resolve(this.config.scoringFiles.rulesDir));
  }

  public async start(auth: AuthContext): Promise<RescoreJobView> {
    const rules = this.rules as RuleSet;
    const jobId = rescoreAllJobId(rules.hash);
    await this.queue.add(JobName.RescoreAll, { ruleSetHash: rules.hash, requestedBy: auth.keyId }, { ...RESCORE_ALL_JOB_OPTIONS, jobId });
    return this.status(jobId);
  }

  public async status(jobId: string): Promise<RescoreJobView> {
    const job = await this.queue.getJob(jobId);
    if (!job || job.name !== JobName.RescoreAll) throw new CommonError(CommonErrorCode.NotFound, `No re-scoring job ${jobId}`);
    const data = job.data as { ruleSetHash: string };
    return {
      jobId,
      state: await job.getState(),
      ruleSetVersion: this.rules && this.rules.hash === data.ruleSetHash ? this.rules.version : 'unknown',
      ruleSetHash: data.ruleSetHash,
      progress: typeof job.progress === 'object' ? (job.progress as Partial<RescoreProgress>) : null,
      failedReason: job.failedReason ?? null,
    };
  }
}
