import { Worker, type Transferable } from 'node:worker_threads';

interface Task {
  payload: unknown;
  transfer: readonly Transferable[];
  /** Called with every message the worker posts for this task; returns true on the task's last message. */
  onMessage: (message: unknown) => boolean;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
}

/**
 * A few worker threads running one script, one task each at a time, tasks queued in arrival order.
 * Workers start on first use and are unref'd (an idle pool never keeps a process alive); a worker that
 * dies fails its task and is replaced on the next one. The script answers each task with one or more
 * messages, the last of which `onMessage` recognises.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;

  public constructor(private readonly script: URL, private readonly size: number) {}

  public run(payload: unknown, transfer: readonly Transferable[], onMessage: (message: unknown) => boolean): Promise<void> {
    if (this.closed) return Promise.reject(new Error('worker pool closed'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ payload, transfer, onMessage, resolve, reject });
      this.dispatch();
    });
  }

  public async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('worker pool closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.task) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const task = this.queue.shift() as Task;
      slot.task = task;
      slot.worker.postMessage(task.payload, task.transfer);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script) };
    slot.worker.unref();
    slot.worker.on('message', (message: unknown) => {
      const task = slot.task;
      if (!task) return;
      let last: boolean;
      try {
        last = task.onMessage(message);
      } catch (error) {
        last = true;
        task.reject(error as Error);
      }
      if (!last) return;
      slot.task = undefined;
      task.resolve();
      this.dispatch();
    });
    // 'error' is followed by 'exit'; either way the task in flight fails and the slot goes.
    slot.worker.on('error', (error: Error) => this.retire(slot, error));
    slot.worker.on('exit', (code) => this.retire(slot, new Error(`worker thread exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const task = slot.task;
    slot.task = undefined;
    task?.reject(error);
    if (!this.closed) this.dispatch();
  }
}
