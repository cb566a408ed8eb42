import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import type { LoadRequest } from './http-load.js';
import { reviewerJson } from './intake-fixtures.js';

export interface IntakeRequestData {
  /** Pre-serialised review fields without externalId and reviewer (intake-fixtures.ts). */
  fragments: string[];
}

/** POST /v1/reviews with a fresh externalId every time, so each request is a real insert, not a replay. */
export function createRequestFactory(data: unknown): () => LoadRequest {
  const { fragments } = data as IntakeRequestData;
  const runId = `${randomBytes(4).toString('hex')}-${threadId}`;
  let sequence = 0;
  return () => {
    sequence += 1;
    return { method: 'POST', path: '/v1/reviews', body: `{"externalId":"s-${runId}-${sequence}",${reviewerJson()},${fragments[sequence % fragments.length]}}` };
  };
}
