// One logger for the whole process (Bolt's Logger interface). Lines are English, one per event;
// tokens and secrets are redacted from everything that is written.
import { LogLevel, type Logger } from '@slack/logger';
import { inspect } from 'node:util';
import { redactSecrets } from './domain/redact-secrets.ts';

const LEVELS: Record<`${LogLevel}`, LogLevel> = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR };
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** The process's logger: Bolt's Logger (a Log of src/log.ts, too) and secret redaction. */
export interface MotiebotLogger extends Logger {
  /** Registers a secret value that must never appear in the output. */
  addSecret(secret: string | null | undefined): void;
}

export function createLogger(
  level: `${LogLevel}` = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): MotiebotLogger {
  let current = LEVELS[level];
  let name = 'motiebot';
  const secrets = new Set<string>();

  const redact = (text: string): string => redactSecrets(text, secrets);
  const format = (msg: unknown[]): string =>
    msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? `${m.name}: ${m.message}` : inspect(m, { depth: 3, breakLength: Infinity }))).join(' ');
  const log = (lvl: LogLevel, msg: unknown[]) => {
    if (ORDER[lvl] < ORDER[current]) return;
    write(redact(`${new Date().toISOString()} ${lvl.toUpperCase()} [${name}] ${format(msg)}`));
  };

  return {
    debug: (...msg) => { log(LogLevel.DEBUG, msg); },
    info: (...msg) => { log(LogLevel.INFO, msg); },
    warn: (...msg) => { log(LogLevel.WARN, msg); },
    error: (...msg) => { log(LogLevel.ERROR, msg); },
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n) => {
      name = n;
    },
    addSecret: (s) => {
      if (s && s.length >= 4) secrets.add(s);
    },
  };
}
