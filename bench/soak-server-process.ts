import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { apiExecArgv } from '../src/api-node-flags.js';
import type { MemorySample, ServerReady, SoakServerRole, ToServer } from './soak-protocol.js';

const SERVER_MODULE = fileURLToPath(new URL('./soak-server.js', import.meta.url));
/** Migrating a fresh database on a busy shared machine has taken over 2 minutes. */
const START_TIMEOUT_MS = 300_000;
/** A server too busy to answer a memory sample within this is skipped for that sample, not waited on. */
const SAMPLE_TIMEOUT_MS = 5_000;

/** A forked soak server (API or worker) and the IPC calls the load client makes to it. */
export class SoakServerProcess {
  private constructor(public readonly role: SoakServerRole, private readonly child: ChildProcess, public readonly ready: ServerReady) {}

  public static async start(role: SoakServerRole, env: Record<string, string>): Promise<SoakServerProcess> {
    // Memory samples run a full GC first (memory-window.ts) so the heap figure is the live heap.
    const execArgv = [...process.execArgv, '--expose-gc'];
    const child = fork(SERVER_MODULE, [], {
      env: { ...process.env, ...env, SOAK_ROLE: role }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // The API runs with the flags it is deployed with.
      execArgv: role === 'api' ? apiExecArgv(execArgv) : execArgv,
    });
    const ready = await new Promise<ServerReady>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Disconnecting (not killing) lets it drop the database it may have created once it is up.
        child.disconnect();
        reject(new Error(`soak ${role} did not start within ${START_TIMEOUT_MS} ms`));
      }, START_TIMEOUT_MS);
      child.once('exit', (code) => reject(new Error(`soak ${role} exited with ${String(code)} while starting`)));
      child.once('message', (message: ServerReady) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
    child.removeAllListeners('exit');
    return new SoakServerProcess(role, child, ready);
  }

  public get pid(): number {
    return this.child.pid ?? 0;
  }

  public sample(): Promise<MemorySample | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(undefined), SAMPLE_TIMEOUT_MS);
      const onMessage = (message: MemorySample): void => {
        if (message.type === 'memory') finish(message);
      };
      const finish = (sample: MemorySample | undefined): void => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve(sample);
      };
      this.child.on('message', onMessage);
      this.send({ type: 'sample' });
    });
  }

  public async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.send({ type: 'stop' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: ToServer): void {
    if (this.child.connected) this.child.send(message);
  }
}
