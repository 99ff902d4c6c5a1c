// Files are read in a worker thread with a heap limit and a deadline (issue 22.5): a file whose
// reading needs more memory than the limit, or more time, is refused in one Dutch sentence, the
// importing process lives on and `motie import` writes nothing. Small text files are read in
// the process itself; Word, Excel and PDF files always in the worker.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSource, readSource } from '../../../src/import/document/read-source.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { readingResourceLimits } from '../../../src/import/document/reading-worker.ts';
import { tempDir } from '../../helpers/db.ts';
import { docxParagraph, makeRawDocx } from '../../helpers/hostile-files.ts';
import { rmSync } from 'node:fs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function put(name: string, content: string | Uint8Array): string {
  const dir = tempDir();
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A CSV of `rows` rows of ten short cells: a few MB on disk, many times that as rows of strings. */
const bigCsv = (rows: number) =>
  ['Nummer;Omschrijving;Termijn;Status;a;b;c;d;e;f', ...Array.from({ length: rows }, (_, i) => `T${i};De minister stuurt brief ${i};1 oktober 2025;Openstaand;a${i};b${i};c${i};d${i};e${i};f${i}`)].join('\n');

describe('reading in a worker thread (issue 22.5)', { timeout: 60_000 }, () => {
  it('gives the worker a young generation of at most 8 MB and at least 4 (issue 28: the peak while it reads)', () => {
    expect(readingResourceLimits(DEFAULT_LIMITS)).toEqual({ maxOldGenerationSizeMb: DEFAULT_LIMITS.maxHeapMb, maxYoungGenerationSizeMb: 8, stackSizeMb: 4 });
    expect(readingResourceLimits({ ...DEFAULT_LIMITS, maxHeapMb: 192 }).maxYoungGenerationSizeMb).toBe(6);
    expect(readingResourceLimits({ ...DEFAULT_LIMITS, maxHeapMb: 64 }).maxYoungGenerationSizeMb).toBe(4);
  });

  it('gives the same document as reading in the process (a Word file always goes to the worker)', async () => {
    const bytes = makeRawDocx(docxParagraph('Toezegging T03412: de minister stuurt een brief.') + docxParagraph('Tweede alinea'));
    const path = put('a.docx', bytes);
    expect(await readSource(path)).toEqual(await decodeSource(bytes, '.docx'));
  });

  it('refuses a file whose reading needs more heap than the limit, in one Dutch sentence, and reads the next file', async () => {
    const limits = { ...DEFAULT_LIMITS, maxHeapMb: 48, maxInProcessBytes: 0 };
    const big = put('groot.csv', bigCsv(200_000));
    expect(await readSource(big, limits)).toEqual({ ok: false, code: 'DOCUMENT_TOO_MUCH_MEMORY', maxMb: 48 });
    // the same limits read an ordinary file: the refusal was the file's, not the worker's start
    const small = await readSource(put('klein.csv', bigCsv(50)), limits);
    expect(small.ok && small.document.blocks[0]).toMatchObject({ type: 'table' });
  });

  it('stops reading at the deadline', async () => {
    // (maxCells 0: a CSV past maxInProcessBytes with more cells than that is parsed in the worker.)
    const limits = { ...DEFAULT_LIMITS, maxMillis: 1, maxInProcessBytes: 0, maxCells: 0 };
    expect(await readSource(put('a.csv', bigCsv(10)), limits)).toEqual({ ok: false, code: 'DOCUMENT_TOO_SLOW', seconds: 0, afterPage: null });
  });
});
