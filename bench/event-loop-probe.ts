import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into an API process by a bench (`node --import …/event-loop-probe.js`): samples the
 * event-loop delay every 10 ms. On SIGWINCH it prints one line `EVENT_LOOP_DELAY {"p50":…,"p99":…,"max":…}`
 * (milliseconds, since the previous SIGWINCH) and starts over. Event-loop delay is how long a ready
 * callback (a request) waited for the thread; unlike wall-clock latency it stays meaningful on a machine
 * that other jobs load. The line also carries the CPU time of the main thread (`mainCpuMs`, from
 * /proc/self/task/<pid>/stat, 10 ms ticks) and of the whole process (`processCpuMs`, all threads): CPU
 * time does not depend on how loaded the machine is. (Not SIGUSR2: Nest's enableShutdownHooks() shuts the app down on it.)
 */
export const EVENT_LOOP_DELAY_LINE = 'EVENT_LOOP_DELAY ';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const ms = (ns: number): number => Math.round(ns / 1e4) / 100;

/** utime + stime of the main thread (its task id is the pid), in ms; undefined off Linux. */
function mainThreadCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
const processCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let mainAtReset = mainThreadCpuMs() ?? 0;
let processAtReset = processCpuMs();

process.on('SIGWINCH', () => {
  const [main, all] = [mainThreadCpuMs() ?? 0, processCpuMs()];
  const figures = {
    p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), samples: histogram.count,
    mainCpuMs: Math.round(main - mainAtReset), processCpuMs: Math.round(all - processAtReset),
  };
  process.stdout.write(`${EVENT_LOOP_DELAY_LINE}${JSON.stringify(figures)}\n`);
  histogram.reset();
  [mainAtReset, processAtReset] = [main, all];
});
