import { Injectable } from '@nestjs/common';
import { MicroBatcher } from '../common/batching/micro-batcher.js';
import { AppConfigService } from '../config/app-config.service.js';
import { BatchScoringService, type ScoreRequest } from './batch-scoring.service.js';
import type { ScoreOutcome } from './scoring.service.js';

/** Two batches at once: one in its write transaction while the next loads contexts and runs the engine. */
const BATCHES_IN_FLIGHT = 2;

/**
 * Gathers the score jobs the worker runs concurrently into micro-batches (BullMQ OSS hands a processor
 * one job at a time). Each job still completes, fails and retries on its own: its promise settles when
 * its batch commits, with its own outcome.
 */
@Injectable()
export class ScoreJobBatcher {
  private readonly batcher: MicroBatcher<ScoreRequest, ScoreOutcome>;

  public constructor(batches: BatchScoringService, config: AppConfigService) {
    this.batcher = new MicroBatcher((requests) => batches.scoreMany(requests), { maxBatch: config.queue.scoreBatchSize, maxInFlight: BATCHES_IN_FLIGHT });
  }

  public score(reviewId: string, revision: number): Promise<ScoreOutcome> {
    return this.batcher.submit({ reviewId, revision });
  }

  /** A chunk's reviews, batched together (see MicroBatcher.submitAll); one outcome per review, in order. */
  public scoreAll(reviews: readonly ScoreRequest[]): Promise<ScoreOutcome>[] {
    return this.batcher.submitAll(reviews.map(({ reviewId, revision }) => ({ reviewId, revision })));
  }
}
