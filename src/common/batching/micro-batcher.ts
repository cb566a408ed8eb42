export interface MicroBatcherOptions {
  /** Most items one handler call gets. */
  maxBatch: number;
  /** Handler calls running at once; further items wait and join the next batch. */
  maxInFlight: number;
}

export type BatchHandler<I, O> = (items: I[]) => Promise<PromiseSettledResult<O>[]>;

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

/**
 * Turns one-at-a-time calls into batches for a handler that is far cheaper per item in bulk (one
 * transaction, set-based SQL). Self-clocking like a group commit, no timer: an item that arrives while
 * `maxInFlight` batches run waits for the next one, so batches grow with the load and a lone item
 * is never delayed. The handler settles each item on its own, so one item's failure is its own.
 */
export class MicroBatcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private inFlight = 0;

  public constructor(private readonly handler: BatchHandler<I, O>, private readonly options: MicroBatcherOptions) {
    if (options.maxBatch < 1 || options.maxInFlight < 1) throw new Error(`invalid batcher options ${JSON.stringify(options)}`);
  }

  public submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.startBatches();
    });
  }

  /**
   * Items that arrive together (a chunk job's reviews) join the queue together before any batch starts: one by one,
   * the first would start a batch of its own while the in-flight limit allowed, and the rest wait for the next.
   */
  public submitAll(items: readonly I[]): Promise<O>[] {
    const results = items.map((item) => new Promise<O>((resolve, reject) => void this.waiting.push({ item, resolve, reject })));
    this.startBatches();
    return results;
  }

  private startBatches(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      this.inFlight += 1;
      void this.run(this.waiting.splice(0, this.options.maxBatch));
    }
  }

  private async run(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await this.handler(batch.map((w) => w.item));
      if (results.length !== batch.length) throw new Error(`batch handler settled ${results.length} of ${batch.length} items`);
      results.forEach((result, i) => (result.status === 'fulfilled' ? batch[i].resolve(result.value) : batch[i].reject(result.reason)));
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      this.inFlight -= 1;
      this.startBatches();
    }
  }
}
