// A second process that keeps writing to a database: one item (with its responsibility and audit
// row, in one transaction) after another, until it is killed. Prints "ready <n>" after the first
// write. Used by the backup test: the bot keeps writing while `motie backup` copies.
import { openDb } from '../../../src/store/db.ts';
import { createItem } from '../../../src/store/items.queries.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: writer.ts <db>');
const db = openDb(path);
let n = 0;
const write = () => {
  n += 1;
  createItem(
    db,
    {
      kind: 'motie',
      title: `schrijver ${n}`,
      text: `rij ${n} van de schrijver die doorgaat tijdens de reservekopie`,
      responsible: [{ code: 'SOCW', ministry: 'OCW' }],
    },
    'system',
    Date.now(),
  );
  if (n === 1) process.stdout.write('ready\n');
  setImmediate(write);
};
write();
