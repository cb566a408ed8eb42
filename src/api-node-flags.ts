/**
 * V8 flags for the HTTP processes: a young generation of two 64 MB semi-spaces, full size from the start.
 *
 * Node's default semi-space tops out at 16 MB: under the moderation bench an API process scavenged every ~170 ms
 * and promoted what in-flight requests still held, so its old generation grew by ~4.5 MB/s and mark-compacts of
 * 10–80 ms stopped every request in the process (seen with --trace-gc). With 64 MB, a third as many scavenges ran
 * and no mark-compact ran in a measured phase. The minimum is set too because V8 otherwise grows the young
 * generation only as load demands: at the soak's 33 req/s RSS then crept up for many minutes (7.5 MB/min after
 * warm-up, live heap flat), which reads as a leak. Cost, measured: the moderation bench's peak RSS per HTTP
 * process rose ~30–45 MB over the default, and an idle soak API process ends at 233 MB instead of 170.
 */
export const API_NODE_FLAGS: readonly string[] = ['--min-semi-space-size=64', '--max-semi-space-size=64'];

const SIZES_YOUNG_GENERATION = /^--(min|max)[-_]semi[-_]space[-_]size\b/;

/**
 * Node arguments for an HTTP process forked from this one: this process's own, plus the API flags unless they
 * or NODE_OPTIONS size the young generation already (an operator's choice wins, and is not half overridden).
 */
export function apiExecArgv(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  const operatorSized = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => SIZES_YOUNG_GENERATION.test(arg));
  return operatorSized ? [...execArgv] : [...execArgv, ...API_NODE_FLAGS];
}
