import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into an API process by a bench (`node --import …/event-loop-probe.js`): samples the
 * event-loop delay every 10 ms. On SIGWINCH it prints one line `EVENT_LOOP_DELAY {"p50":…,"p99":…,"max":…}`
 * (milliseconds, since the previous SIGWINCH) and starts over. Event-loop delay is how long a ready
 * callback (a request) waited for the thread; unlike wall-clock latency it stays meaningful on a machine
 * that other jobs load. (Not SIGUSR2: Nest's enableShutdownHooks() shuts the app down on it.)
 */
export const EVENT_LOOP_DELAY_LINE = 'EVENT_LOOP_DELAY ';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const ms = (ns: number): number => Math.round(ns / 1e4) / 100;

process.on('SIGWINCH', () => {
  const figures = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), samples: histogram.count };
  process.stdout.write(`${EVENT_LOOP_DELAY_LINE}${JSON.stringify(figures)}\n`);
  histogram.reset();
});
