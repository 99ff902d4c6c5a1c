// A search finds the items not yet in the items_fts index (items_fts_pending: what an import wrote,
// until the bot has indexed it at idle, scheduler/search-indexer.ts) by reading their rows, with
// the index's own semantics: the trigram tokenizer folds every character on its own (case, and
// diacritics with remove_diacritics 1; a combining mark folds to nothing) and a quoted string of
// three or more folded characters matches a column whose folded text contains it; a shorter one
// matches nothing. The fold of a character outside plain ASCII is asked of SQLite's own FTS5 once
// (an in-memory index of the same tokenizer) and remembered, so the two readings cannot differ.
import Database from 'better-sqlite3';
import type { SearchColumn, SearchPhrase } from '../domain/search-query.ts';
import type { Db } from './db.ts';
import { prepared } from './connection.ts';
import { INDEX_ROW_COLUMNS } from './search-index.ts';

const PENDING_ROWS = `SELECT ${INDEX_ROW_COLUMNS} FROM items WHERE id IN (SELECT item_id FROM items_fts_pending)`;
const ANY_PENDING = 'SELECT 1 FROM items_fts_pending LIMIT 1';
/** The columns of a PENDING_ROWS row after its id, in order. */
const COLUMNS: readonly SearchColumn[] = ['title', 'text', 'submitters', 'status_text', 'kamerstuk', 'reference'];

/**
 * Printable ASCII and the usual blanks: the tokenizer folds them as toLowerCase does (only A-Z
 * change). Every other character's fold is asked of FTS5 (a NUL, for one, folds to nothing).
 */
const PLAIN = /^[\t\n\r -~]*$/u;

/** Every other character, one code point at a time. */
const NOT_PLAIN = /[^\t\n\r -~]/gu;

/** What FTS5 folds each character outside PLAIN to ('' for nothing), as far as asked. */
const folds = new Map<string, string>();
/** Characters whose fold toLowerCase would still change (none known; then the careful path). */
const unsettled = new Set<string>();
let probe: { db: Database.Database; insert: Database.Statement; terms: Database.Statement } | null = null;

/** Asks FTS5 how it folds `c`: "c" + "qq" gives the trigram fold(c) + "qq", or none when c folds to nothing. */
function foldOf(c: string): string {
  const known = folds.get(c);
  if (known !== undefined) return known;
  probe ??= (() => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE fold USING fts5(x, tokenize='trigram remove_diacritics 1');
      CREATE VIRTUAL TABLE fold_terms USING fts5vocab(fold, 'instance')`);
    return { db, insert: db.prepare('INSERT INTO fold (rowid, x) VALUES (1, ?)'), terms: db.prepare('SELECT term FROM fold_terms WHERE "offset" = 0') };
  })();
  const { db, insert, terms } = probe;
  const term = db.transaction(() => {
    db.exec('DELETE FROM fold');
    insert.run(`${c}qq`);
    return terms.pluck().get() as string | undefined;
  })();
  const fold = term === undefined ? '' : term.slice(0, -2);
  folds.set(c, fold);
  if (fold.toLowerCase() !== fold) unsettled.add(c);
  return fold;
}

/** `text` as the items_fts tokenizer reads it: every character folded on its own. */
export function foldLikeIndex(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  // Each character outside PLAIN replaced by its fold, then A-Z lowered by toLowerCase, which
  // leaves those folds as they are (each is its own lower case: checked when it was learnt).
  const seen = { unsettled: false };
  const folded = text.replace(NOT_PLAIN, (c) => {
    const fold = foldOf(c);
    if (unsettled.has(c)) seen.unsettled = true;
    return fold;
  });
  if (!seen.unsettled) return folded.toLowerCase();
  return text.replace(/[A-Z]|[^\t\n\r -~]/gu, (c) => (c.length === 1 && c >= 'A' && c <= 'Z' ? c.toLowerCase() : foldOf(c)));
}

/** The trigram tokenizer finds nothing in a string of fewer folded characters. */
const MIN_FOLDED = 3;

/**
 * The ids of the pending items that match `clauses` (buildSearchQuery's query as data), as the
 * index would match them had they been indexed; null when no item is pending (one read).
 */
export function pendingSearchMatches(db: Db, clauses: readonly (readonly SearchPhrase[])[]): number[] | null {
  if (!prepared(db, ANY_PENDING).get()) return null;
  const wanted = clauses.map((clause) =>
    clause.flatMap(({ columns, phrase }) => {
      const folded = foldLikeIndex(phrase);
      return Array.from(folded).length < MIN_FOLDED ? [] : [{ columns: (columns ?? COLUMNS).map((c) => COLUMNS.indexOf(c) + 1), folded }];
    }),
  );
  const matches: number[] = [];
  for (const row of prepared(db, PENDING_ROWS).raw().iterate() as Iterable<unknown[]>) {
    const folded: (string | undefined)[] = [];
    // Every indexed column is text ('' when empty); a NULL is indexed as nothing.
    const column = (i: number) => (folded[i] ??= foldLikeIndex(typeof row[i] === 'string' ? row[i] : ''));
    if (wanted.every((clause) => clause.some(({ columns, folded: phrase }) => columns.some((i) => column(i).includes(phrase))))) matches.push(row[0] as number);
  }
  return matches;
}
