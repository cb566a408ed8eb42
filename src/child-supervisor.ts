import type { ChildProcess } from 'node:child_process';
import { RestartBackoff } from './restart-backoff.js';

export interface SupervisedChild {
  name: string;
  start(): ChildProcess;
}

/**
 * Keeps each child running: one that exits (crash, kill -9, OOM) is started again after a backoff
 * (RestartBackoff). Only `stop(signal)` ends supervision: the signal goes to every child and the
 * returned promise settles once all have exited.
 */
export class ChildSupervisor {
  private readonly running = new Map<string, ChildProcess>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopping = false;

  public constructor(private readonly children: SupervisedChild[], private readonly log: (line: string) => void) {}

  public start(): void {
    for (const child of this.children) this.launch(child, new RestartBackoff());
  }

  public async stop(signal: NodeJS.Signals): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearTimeout(timer);
    await Promise.all([...this.running.values()].map((proc) => new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill(signal);
    })));
  }

  private launch(child: SupervisedChild, backoff: RestartBackoff): void {
    const startedAt = Date.now();
    const proc = child.start();
    this.running.set(child.name, proc);
    proc.once('exit', (code, signal) => {
      this.running.delete(child.name);
      if (this.stopping) return;
      const delay = backoff.next(Date.now() - startedAt);
      this.log(`${child.name} (pid ${proc.pid}) exited (${signal ?? code}); restarting it in ${delay} ms`);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (!this.stopping) this.launch(child, backoff);
      }, delay);
      this.timers.add(timer);
    });
  }
}
