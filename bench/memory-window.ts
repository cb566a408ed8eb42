import { readFileSync } from 'node:fs';
import type { MemorySample } from './soak-protocol.js';

const mb = (bytes: number): number => bytes / 1_048_576;
/** Often enough to catch heapUsed right after most collections; cheap (no heap walk). */
const READ_EVERY_MS = 250;

/**
 * RSS split into anonymous memory (heaps, malloc arenas, buffers) and file-backed pages (the node binary,
 * shared libraries and ICU data paged in as code paths are first used: bounded, not a leak). Linux only.
 */
function rssSplitMb(): { rssAnonMb?: number; rssFileMb?: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (field: string): number | undefined => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return match ? Number(match[1]) / 1_024 : undefined;
    };
    return { rssAnonMb: kb('RssAnon'), rssFileMb: kb('RssFile') };
  } catch {
    return {};
  }
}

/**
 * This process's memory at each sample. Started with --expose-gc (the soak servers are), a sample first
 * runs a full collection, so heapUsed is the live heap: without it heapUsed saw-tooths with old-generation
 * garbage for minutes between major GCs, which reads as a slope over a short run. Without gc() the lowest
 * heapUsed of the window stands in (a scavenge floor, not a full-GC one). One full GC per 10 s sample
 * costs the server a few tens of milliseconds.
 */
export class MemoryWindow {
  private heapFloor = Infinity;
  private readonly timer = setInterval(() => this.read(), READ_EVERY_MS);

  public constructor() {
    this.timer.unref();
    this.read();
  }

  public take(): MemorySample {
    globalThis.gc?.();
    const usage = process.memoryUsage();
    const sample: MemorySample = {
      type: 'memory', rssMb: mb(usage.rss), heapLiveMb: Math.min(this.heapFloor, mb(usage.heapUsed)), heapTotalMb: mb(usage.heapTotal),
      externalMb: mb(usage.external), arrayBuffersMb: mb(usage.arrayBuffers), ...rssSplitMb(),
    };
    this.heapFloor = Infinity;
    return sample;
  }

  public stop(): void {
    clearInterval(this.timer);
  }

  private read(): void {
    this.heapFloor = Math.min(this.heapFloor, mb(process.memoryUsage().heapUsed));
  }
}
