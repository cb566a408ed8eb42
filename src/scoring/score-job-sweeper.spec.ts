import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock/clock.js';
import type { AppConfigService } from '../config/app-config.service.js';
import { scoreReviewJobId, scoreReviewsJobId } from '../queue/job-ids.js';
import { JobName } from '../queue/queue.constants.js';
import { ScoreJobSweeper } from './score-job-sweeper.service.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

function sweeperOver(waiting: { id: string; revision: number }[], queued: { name: string; data: unknown }[]): { sweeper: ScoreJobSweeper; added: { name: string; data: unknown; jobId?: string }[] } {
  const added: { name: string; data: unknown; jobId?: string }[] = [];
  const db = { query: async () => waiting } as unknown as DataSource;
  const queue = {
    getJobs: async () => queued,
    getJob: async (id: string) => queued.find((j) => (j.data as { reviewId?: string; revision?: number }).reviewId !== undefined
      && scoreReviewJobId((j.data as { reviewId: string }).reviewId, (j.data as { revision: number }).revision) === id),
    add: async (name: string, data: unknown, opts: { jobId?: string }) => void added.push({ name, data, jobId: opts.jobId }),
  } as unknown as Queue;
  const config = { scoreWorker: { sweepEveryMs: 0, sweepGraceMs: 300_000 }, queue: { scoreBatchSize: 2 } } as unknown as AppConfigService;
  const clock = { now: () => new Date('2026-12-02T12:00:00Z') } as Clock;
  return { sweeper: new ScoreJobSweeper(db, queue, config, clock), added };
}

describe('ScoreJobSweeper', () => {
  it('leaves a waiting review alone while a chunk job still holds it, and re-adds only the lost ones', async () => {
    const { sweeper, added } = sweeperOver([{ id: A, revision: 1 }, { id: B, revision: 2 }, { id: C, revision: 1 }], [
      { name: JobName.ScoreReviews, data: { reviews: [{ reviewId: A, revision: 1 }, { reviewId: C, revision: 2 }] } },
      { name: JobName.ScoreReview, data: { reviewId: C, revision: 1 } },
    ]);
    await expect(sweeper.sweepOnce()).resolves.toBe(1);
    const lost = [{ reviewId: B, revision: 2 }];
    expect(added).toEqual([{ name: JobName.ScoreReviews, data: { reviews: lost }, jobId: scoreReviewsJobId(lost) }]);
  });

  it('re-adds lost reviews in chunks of SCORE_BATCH_SIZE, the unit the worker\'s concurrency counts', async () => {
    const D = '00000000-0000-4000-8000-00000000000d';
    const E = '00000000-0000-4000-8000-00000000000e';
    const { sweeper, added } = sweeperOver([A, B, C, D, E].map((id) => ({ id, revision: 1 })), []);
    await expect(sweeper.sweepOnce()).resolves.toBe(5);
    const chunks = [[A, B], [C, D], [E]].map((ids) => ids.map((reviewId) => ({ reviewId, revision: 1 })));
    expect(added).toEqual(chunks.map((reviews) => ({ name: JobName.ScoreReviews, data: { reviews }, jobId: scoreReviewsJobId(reviews) })));
  });
});
