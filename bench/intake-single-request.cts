/**
 * autocannon `setupRequest` for the single-POST bench. autocannon's worker
 * threads load it with require(), hence a CommonJS (.cts) module.
 * Every request gets a fresh externalId, so each one is a real insert, not a replay.
 */
import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';

interface SingleRequest {
  body?: string;
  /** Pre-serialised review fields without externalId, handed over in the request options. */
  fragments: string[];
  [key: string]: unknown;
}

const runId = `${randomBytes(4).toString('hex')}-${threadId}`;
let sequence = 0;

function setupRequest(request: SingleRequest): SingleRequest {
  sequence += 1;
  const fragment = request.fragments[sequence % request.fragments.length];
  // Same population as the bulk bench (intake-fixtures.ts), which this CommonJS file cannot import.
  const reviewer = `{"externalId":"u-${Math.floor(Math.random() * 2_000_000)}"}`;
  return { ...request, body: `{"externalId":"s-${runId}-${sequence}","reviewer":${reviewer},${fragment}}` };
}

export = setupRequest;
