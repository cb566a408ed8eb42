/**
 * V8 flags for the HTTP processes. A 64 MB semi-space instead of Node's 16 MB: with the default, an API process
 * under the moderation bench scavenged every ~170 ms and promoted what in-flight requests still held, so its old
 * generation grew by ~4.5 MB/s and mark-compacts of 10–80 ms stopped every request in the process (seen with
 * --trace-gc). With 64 MB, a third as many scavenges ran and no mark-compact ran in a measured phase.
 * It costs memory: the bench's peak RSS rose by ~30 MB with one HTTP process and by ~110 MB with two.
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

const flagName = (flag: string): string => flag.split('=')[0];

/**
 * Node arguments for an HTTP process forked from this one: this process's own, plus each API flag that
 * neither they nor NODE_OPTIONS set already (an operator's choice wins).
 */
export function apiExecArgv(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map(flagName);
  return [...execArgv, ...API_NODE_FLAGS.filter((flag) => !given.includes(flagName(flag)))];
}
