// Test-only preload (`node --import ./tests/reliability/helpers/report-busy-timeout.mjs dist/main.js`):
// whenever the process sets a connection's busy timeout (`PRAGMA busy_timeout = …`), it writes the
// value the connection then has to stderr, as `busy_timeout <thread> <mode> <value> <file>`. The
// locked-database test reads the bot's own connection from it: an event loop blocked for seconds
// inside a busy wait would still answer during a lock held long enough, so the test checks how
// long one call may wait there. Never part of the bot itself.
import { isMainThread } from 'node:worker_threads';
import Database from 'better-sqlite3';

// The same module object the bot's `import Database from 'better-sqlite3'` gets (one CommonJS cache).
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the connection as `this`
const pragma = Database.prototype.pragma;
/**
 * @this {import('better-sqlite3').Database}
 * @param {string} source
 * @param {import('better-sqlite3').PragmaOptions} [options]
 * @returns {unknown}
 */
function reportingPragma(source, options) {
  const result = pragma.call(this, source, options);
  if (/^\s*busy_timeout\s*=/i.test(source)) {
    const value = Number(pragma.call(this, 'busy_timeout', { simple: true }));
    process.stderr.write(`busy_timeout ${isMainThread ? 'main' : 'worker'} ${this.readonly ? 'readonly' : 'writable'} ${String(value)} ${this.name}\n`);
  }
  return result;
}
Database.prototype.pragma = reportingPragma;
