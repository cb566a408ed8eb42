/** Messages between the soak load client (parent) and its forked server processes (soak-server.ts). */

export type SoakServerRole = 'api' | 'worker';

export type ToServer = { type: 'sample' } | { type: 'stop' };

/** The API reports where it listens, its database (for the worker) and an admin key for seeding. */
export interface ServerReady {
  type: 'ready';
  baseUrl?: string;
  databaseUrl?: string;
  adminKey?: string;
}

/** One process's memory in MB; heapLiveMb is heapUsed after a full GC (or, without --expose-gc, the lowest since the previous sample). */
export interface MemorySample {
  type: 'memory';
  rssMb: number;
  heapLiveMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  /** From /proc/self/status where available: anonymous vs file-backed resident memory. */
  rssAnonMb?: number;
  rssFileMb?: number;
}
