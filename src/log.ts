// The one logging interface every part of motiebot writes to. The process's logger
// (src/logger.ts, which also fits Bolt) implements it; jobs, the TK sync, the request guard and the
// CLI's job runs take it. Lines are English.
export interface Log {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

const ignore = (): undefined => undefined;

/** Writes nothing (tests, and callers that give no logger). */
export const silentLog: Log = { debug: ignore, info: ignore, warn: ignore, error: ignore };
