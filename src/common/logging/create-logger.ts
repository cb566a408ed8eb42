import { ConsoleLogger, LogLevel } from '@nestjs/common';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** JSON lines on stdout: one object per event, machine-parseable by any log shipper. */
export function createLogger(level: LogLevel, context: string): ConsoleLogger {
  return new ConsoleLogger(context, { json: true, logLevels: ORDER.slice(0, ORDER.indexOf(level) + 1) });
}
