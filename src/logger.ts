// The process logger (pino). Core never logs; the edges do.
import pino from 'pino';

export function createLogger(level = process.env.LOG_LEVEL ?? 'info') {
  return pino({ level, base: undefined });
}
export type Logger = ReturnType<typeof createLogger>;
