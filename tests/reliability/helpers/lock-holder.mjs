// Another process holding a database's write lock, as a long import or a backup from the CLI
// would: BEGIN EXCLUSIVE and a write, then "locked" on stdout; a line on stdin rolls back, prints
// "released" and exits. Used by the locked-database test against the real bot process.
import Database from 'better-sqlite3';

const path = process.argv[2];
if (!path) throw new Error('usage: lock-holder.mjs <db>');
const db = new Database(path);
db.pragma('busy_timeout = 10000');
db.exec('BEGIN EXCLUSIVE');
db.prepare('UPDATE items SET title = title WHERE id = (SELECT min(id) FROM items)').run();
process.stdout.write('locked\n');
process.stdin.once('data', () => {
  db.exec('ROLLBACK');
  db.close();
  process.stdout.write('released\n');
  process.exit(0);
});
