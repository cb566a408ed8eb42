import { randomUUID } from 'node:crypto';

/** 2^48: the counter fills the last 12 hex digits of the id. */
const COUNTER_SPAN = 0x1_0000_0000_0000;

/**
 * Request ids shaped like a UUID (36 characters of hex and dashes, what log tools and clients expect):
 * a random 24-character prefix drawn once per process, then a 48-bit counter. Unique across processes
 * as the prefix is (80 random bits), and a counter step costs far less than a random UUID per request.
 */
export function requestIdGenerator(prefix: string = randomUUID().slice(0, 24)): () => string {
  let next = 0;
  return () => {
    const id = prefix + next.toString(16).padStart(12, '0');
    next = (next + 1) % COUNTER_SPAN;
    return id;
  };
}
