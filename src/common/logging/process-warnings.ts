import { Logger } from '@nestjs/common';

/**
 * Node prints process warnings (deprecations, e.g. pg's "client.query() while already executing" during a
 * PostgreSQL outage) as two plain-text lines on stderr; logs are JSON lines. Node's own printer is the
 * 'warning' listener installed at startup: it is replaced by one that writes through the Nest logger.
 */
export function logProcessWarnings(log: (line: string) => void = (line) => Logger.warn(line, 'Process')): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning: Error & { code?: string }) => log(`${warning.name}${warning.code ? ` ${warning.code}` : ''}: ${warning.message}`));
}
