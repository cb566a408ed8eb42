import { Job, type Queue, UnrecoverableError } from 'bullmq';
import type { AppConfigService } from '../config/app-config.service.js';
import { scoreReviewJobId, scoreReviewsJobId } from '../queue/job-ids.js';
import { JobName, SCORE_REVIEW_JOB_OPTIONS } from '../queue/queue.constants.js';
import type { RescoreService } from './rescore.service.js';
import type { ScoreJobBatcher } from './score-job-batcher.js';
import type { ScoringEngine } from './scoring-engine.js';
import { ScoringProcessor } from './scoring.processor.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

interface Added {
  name: string;
  data: unknown;
  opts: { jobId?: string };
}

function processorWith(failing: Set<string>, addFails = false, queueConfig = { scoreConcurrency: 128, scoreBatchSize: 64 }): { processor: ScoringProcessor; scored: string[]; added: Added[] } {
  const scored: string[] = [];
  const added: Added[] = [];
  const score = async (reviewId: string): Promise<string> => {
    if (failing.has(reviewId)) throw new Error(`connection lost while scoring ${reviewId}`);
    scored.push(reviewId);
    return 'scored';
  };
  // A chunk goes to the batcher as one group (scoreAll): one review at a time, the first ones of every chunk
  // started batches of their own while the rest waited.
  const batcher = {
    scoreAll: (reviews: { reviewId: string }[]) => reviews.map((r) => score(r.reviewId)),
  } as unknown as ScoreJobBatcher;
  const queue = {
    add: async (name: string, data: unknown, opts: { jobId?: string }) => {
      if (addFails) throw new Error('queue unavailable');
      added.push({ name, data, opts });
    },
  } as unknown as Queue;
  const config = { scoreWorker: { lockMs: 30_000, stalledIntervalMs: 30_000 }, queue: queueConfig } as unknown as AppConfigService;
  const processor = new ScoringProcessor(batcher, {} as RescoreService, {} as ScoringEngine, config, queue);
  return { processor, scored, added };
}

const chunk = (reviews: unknown): Job => ({ id: 'chunk-1', name: JobName.ScoreReviews, data: { reviews } }) as unknown as Job;

describe('ScoringProcessor: a chunk of score jobs', () => {
  it('scores every review of the chunk and completes', async () => {
    const { processor, scored, added } = processorWith(new Set());
    await expect(processor.process(chunk([{ reviewId: A, revision: 1 }, { reviewId: B, revision: 2 }]))).resolves.toEqual({ scored: 2, handedOn: 0 });
    expect(scored).toEqual([A, B]);
    expect(added).toEqual([]);
  });

  it('hands a failed review on as its own score job (own retries and dead letter), the siblings stay scored', async () => {
    const { processor, scored, added } = processorWith(new Set([B]));
    await expect(processor.process(chunk([{ reviewId: A, revision: 1 }, { reviewId: B, revision: 3 }, { reviewId: C, revision: 1 }])))
      .resolves.toEqual({ scored: 2, handedOn: 1 });
    expect(scored).toEqual([A, C]);
    expect(added).toEqual([{ name: JobName.ScoreReview, data: { reviewId: B, revision: 3 }, opts: { ...SCORE_REVIEW_JOB_OPTIONS, jobId: scoreReviewJobId(B, 3) } }]);
  });

  it('fails the chunk (so the queue retries it) when a failed review cannot be handed on', async () => {
    const { processor } = processorWith(new Set([B]), true);
    await expect(processor.process(chunk([{ reviewId: A, revision: 1 }, { reviewId: B, revision: 1 }]))).rejects.toThrow('queue unavailable');
  });

  it.each([[[]], [[{ reviewId: 'not-a-uuid', revision: 1 }]], [[{ reviewId: A }]], [undefined]])('refuses a malformed chunk for good: %j', async (reviews) => {
    const { processor, scored } = processorWith(new Set());
    await expect(processor.process(chunk(reviews))).rejects.toBeInstanceOf(UnrecoverableError);
    expect(scored).toEqual([]);
  });
});

describe('ScoringProcessor: reviews in flight', () => {
  const concurrencyAfterInit = (scoreConcurrency: number, scoreBatchSize: number): number => {
    const { processor } = processorWith(new Set(), false, { scoreConcurrency, scoreBatchSize });
    const worker = { concurrency: 1, opts: { lockDuration: 30_000 } };
    Object.defineProperty(processor, 'worker', { value: worker });
    processor.onModuleInit();
    return worker.concurrency;
  };

  // A job is a chunk of up to SCORE_BATCH_SIZE reviews: 128 chunks of 64 held ~8,000 reviews per worker.
  it.each([[128, 64, 2], [100, 64, 2], [8, 64, 1], [64, 1, 64], [256, 32, 8]])(
    'SCORE_CONCURRENCY=%i bounds reviews, not chunks: SCORE_BATCH_SIZE=%i gives %i chunk jobs at once', (reviews, batch, chunks) => {
      expect(concurrencyAfterInit(reviews, batch)).toBe(chunks);
    });
});

describe('scoreReviewsJobId', () => {
  it('names a chunk by its content, whatever the order, so a replayed relay pass adds no second job', () => {
    const one = scoreReviewsJobId([{ reviewId: A, revision: 1 }, { reviewId: B, revision: 1 }]);
    expect(scoreReviewsJobId([{ reviewId: B, revision: 1 }, { reviewId: A, revision: 1 }])).toBe(one);
    expect(scoreReviewsJobId([{ reviewId: A, revision: 1 }, { reviewId: B, revision: 2 }])).not.toBe(one);
    expect(one).not.toContain(':');
  });
});
