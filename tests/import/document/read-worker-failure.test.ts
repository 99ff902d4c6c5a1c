// When the reading worker fails for a reason that is not the file (review 3, V3): a worker that
// cannot start says so in its own Dutch sentence instead of blaming the file, and every such failure
// is logged with its cause (in English). The worker is replaced by a stub (readSource's runWorker):
// a start failure cannot be caused for real without breaking the installation. The built CLI with
// its worker chunk moved away gives the same answer; tests/cli/import-reader-failure.test.ts holds
// what `motie import` prints.
import { rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource, decodeSourceInWorker, readSource, readSourceTask, type ReadSourceOptions } from '../../../src/import/document/read-source.ts';
import { runTask } from '../../../src/worker/run-task.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { documentFailureNl } from '../../../src/texts/documents.nl.ts';
import { tempDir } from '../../helpers/db.ts';
import { docxParagraph, makeRawDocx, makeRawXlsx, xlsxRow } from '../../helpers/hostile-files.ts';

/** A worker runner that fails with `failure`, or runs the read task in this thread. */
function stubWorker(failure: Error | null): NonNullable<ReadSourceOptions['runWorker']> {
  return (async (task: string, input: unknown) => {
    if (failure) throw failure;
    if (task !== 'read-source') throw new Error(`unexpected task ${task}`);
    return readSourceTask(input as Parameters<typeof readSourceTask>[0]);
  }) as NonNullable<ReadSourceOptions['runWorker']>;
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

function recordingLog() {
  const lines: string[] = [];
  const record = (...msg: unknown[]) => {
    lines.push(msg.map(String).join(' '));
  };
  return { lines, log: { debug: record, info: record, warn: record, error: record } };
}

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const wordFile = () => put('overzicht.docx', makeRawDocx(docxParagraph('Toezegging T03412: de minister stuurt een brief.')));

describe('a reading worker that fails for a reason that is not the file (review 3, V3)', () => {
  it('reads through the (stubbed) worker when nothing fails', async () => {
    const path = wordFile();
    const read = await readSource(path, DEFAULT_LIMITS, { runWorker: stubWorker(null) });
    expect(read.ok).toBe(true);
    expect(read).toEqual(await decodeSource(makeRawDocx(docxParagraph('Toezegging T03412: de minister stuurt een brief.')), '.docx'));
  });

  it.each([
    ['the worker file is missing', withCode("Cannot find module '/opt/motiebot/dist/chunks/worker-X.js'", 'MODULE_NOT_FOUND')],
    ['the worker file is missing (ES module)', withCode("Cannot find module '/opt/motiebot/dist/chunks/worker-X.js'", 'ERR_MODULE_NOT_FOUND')],
    ['no thread could be started', withCode('Worker initialization failure: EAGAIN', 'ERR_WORKER_INIT_FAILED')],
    ['the worker path is refused', withCode('The worker script or module filename must be an absolute path', 'ERR_WORKER_PATH')],
  ])('%s: its own sentence, not the file blamed, and the cause logged', async (_case, failure) => {
    const { lines, log } = recordingLog();
    const read = await readSource(wordFile(), DEFAULT_LIMITS, { log, runWorker: stubWorker(failure) });
    expect(read).toEqual({ ok: false, code: 'DOCUMENT_READER_UNAVAILABLE' });
    expect(documentFailureNl(read as Extract<typeof read, { ok: false }>)).not.toBe(documentFailureNl({ ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'worker-failed' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('overzicht.docx');
    expect(lines[0]).toContain(failure.message);
    expect(lines[0]).toContain((failure as NodeJS.ErrnoException).code);
  });

  it('a task that threw in the worker (a bug in a reader) is "could not be read", with the cause logged', async () => {
    const { lines, log } = recordingLog();
    const read = await readSource(wordFile(), DEFAULT_LIMITS, { log, runWorker: stubWorker(new Error('worker task read-source: Cannot read properties of undefined (reading "rows")')) });
    expect(read).toEqual({ ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'worker-failed' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('overzicht.docx');
    expect(lines[0]).toContain('Cannot read properties of undefined');
  });

  it('a worker that exited before it answered is "could not be read", with the cause logged', async () => {
    const { lines, log } = recordingLog();
    const read = await readSource(wordFile(), DEFAULT_LIMITS, { log, runWorker: stubWorker(new Error('worker task read-source exited with code 1 before it finished')) });
    expect(read).toMatchObject({ ok: false, code: 'DOCUMENT_UNREADABLE' });
    expect(lines.join('\n')).toContain('exited with code 1');
  });
});

describe('a plain text or a CSV of at most maxCells cells past maxInProcessBytes is read in the process; JSON and larger tables go to the worker (issue 28)', () => {
  /** A worker runner that records the tasks it was asked for and runs them in this thread. */
  function recordingWorker() {
    const asked: string[] = [];
    const runWorker = (async (task: string, input: unknown) => {
      asked.push(task);
      return readSourceTask(input as Parameters<typeof readSourceTask>[0]);
    }) as NonNullable<ReadSourceOptions['runWorker']>;
    return { asked, runWorker };
  }
  const limits = { ...DEFAULT_LIMITS, maxInProcessBytes: 0 };
  const csv = 'Nummer;Omschrijving;Termijn\nT1;De minister stuurt een brief;1 oktober 2025\nT2;Een tweede brief;1 november 2025\n';

  it('reads a plain text without a worker, as the in-process read gives it (also with a character XML forbids)', async () => {
    for (const text of ['Overzicht\n\nMotie van het lid Bikker over de brief\n', 'Overzicht\f\nMotie \u0001van het\u000b lid\n\n  Tweede   alinea  \n']) {
      const { asked, runWorker } = recordingWorker();
      const read = await readSource(put('overzicht.txt', text), limits, { runWorker });
      expect(asked).toEqual([]);
      expect(read).toEqual(await decodeSource(new TextEncoder().encode(text), '.txt'));
      expect(read).toEqual(await decodeSourceInWorker(new TextEncoder().encode(text), '.txt'));
    }
  });

  it('parses a CSV of at most maxCells cells in the process, whatever its name; a larger one and JSON in the worker', async () => {
    const json = '[{"Nummer": "T1", "Omschrijving": "De minister stuurt een brief"}]';
    // csv: 3 rows of 3 cells; its separators and line feeds bound it at 10
    for (const [name, content, maxCells, asked] of [
      ['lijst.txt', csv, 10, []], ['lijst.csv', csv, 10, []], ['lijst', csv, 10, []], ['lijst.tsv', csv.replaceAll(';', '\t'), 10, []],
      ['lijst.txt', csv, 9, ['read-source']], ['lijst.csv', csv, 9, ['read-source']],
      ['lijst.txt', json, 10, ['read-source']], ['lijst.json', json, 10, ['read-source']], ['tekst.json', 'Alleen tekst\n', 10, ['read-source']],
    ] as const) {
      const worker = recordingWorker();
      const read = await readSource(put(name, content), { ...limits, maxCells }, { runWorker: worker.runWorker });
      expect(worker.asked).toEqual(asked);
      expect(read).toEqual(await decodeSource(new TextEncoder().encode(content), extname(name)));
    }
  });

  it('refuses binary data past the limit in the process, with the same answer', async () => {
    const { asked, runWorker } = recordingWorker();
    const bytes = new Uint8Array([0x41, 0, 0x42, 0x43, 0, 0, 0x44]);
    expect(await readSource(put('data.txt', bytes), limits, { runWorker })).toEqual({ ok: false, code: 'DOCUMENT_BINARY' });
    expect(asked).toEqual([]);
  });
});

describe('the worker answers a text document with its text once (memory of a large text import)', () => {
  it('posts the text without its lines as separate strings; the importing thread rebuilds the same document', async () => {
    const text = 'Overzicht\n\nMotie van het lid Bikker over\u0001 de brief\n\n  Tweede   alinea  \n';
    const bytes = new TextEncoder().encode(text);
    const answer = await readSourceTask({ bytes, extension: '.txt', limits: DEFAULT_LIMITS });
    expect(answer).toMatchObject({ ok: true, document: { format: 'text', blocks: [] } });
    // through the worker (a SyncFeed resource is read so) the document equals the in-process read
    const path = put('overzicht.txt', text);
    const viaWorker = await decodeSourceInWorker(bytes.slice(), '.txt');
    const inProcess = await readSource(path);
    expect(viaWorker).toEqual(inProcess);
    expect(viaWorker.ok && viaWorker.document.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual(['Overzicht', 'Motie van het lid Bikker over de brief', 'Tweede alinea']);
  });
});

describe('the worker answers a Word or Excel document with its blocks, and their text only when it differs (issue 28)', () => {
  it('posts the blocks alone when they hold no character XML forbids; the importing thread rebuilds the same document', async () => {
    const bytes = makeRawXlsx(`${xlsxRow(1, { A: 'Nummer', B: 'Omschrijving' })}${xlsxRow(2, { A: 'T1', B: 'De minister stuurt een brief.' })}`);
    const answer = await readSourceTask({ bytes, extension: '.xlsx', limits: DEFAULT_LIMITS });
    expect(answer).toMatchObject({ ok: true, textOfBlocks: true, document: { format: 'xlsx', text: '' } });
    const viaWorker = await readSource(put('overzicht.xlsx', bytes));
    expect(viaWorker).toEqual(await decodeSource(bytes, '.xlsx'));
    expect(viaWorker.ok && viaWorker.document.text).toBe('Nummer\nOmschrijving\n\nT1\nDe minister stuurt een brief.');
    const word = makeRawDocx(docxParagraph('Toezegging T03412') + docxParagraph('Tweede alinea'));
    expect(await readSourceTask({ bytes: word, extension: '.docx', limits: DEFAULT_LIMITS })).toMatchObject({ ok: true, textOfBlocks: true, document: { text: '' } });
    expect(await readSource(put('brief.docx', word))).toEqual(await decodeSource(word, '.docx'));
  });

  it('posts the cleaned blocks and text when a cell held such a character (an Excel escape), as the in-process read gives them', async () => {
    // _x0001_ is a control character, _xD83D_ half of a surrogate pair; a cell of only those becomes empty
    const bytes = makeRawXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>', ['Mo_x0001_tie', '_x0001__xD83D_', 'brief']);
    const answer = await readSourceTask({ bytes, extension: '.xlsx', limits: DEFAULT_LIMITS });
    expect(answer).not.toHaveProperty('textOfBlocks');
    const viaWorker = await readSource(put('escapes.xlsx', bytes));
    expect(viaWorker).toEqual(await decodeSource(bytes, '.xlsx'));
    expect(viaWorker.ok && viaWorker.document).toMatchObject({ text: 'Motie\n\nbrief', blocks: [{ type: 'table', rows: [['Motie', '', 'brief']] }] });
  });
});

describe('readSource moves the file’s bytes to the reading worker (issue 28)', () => {
  it('hands them over in the transfer list, not as a copy, and reads the same document', async () => {
    const bytes = makeRawDocx(docxParagraph('Toezegging T03412'));
    const path = put('verplaatst.docx', bytes);
    const given: { input: unknown; transferList: readonly unknown[] | undefined }[] = [];
    const spying: typeof runTask = (task, input, options) => {
      given.push({ input, transferList: options?.transferList });
      return runTask(task, input, options);
    };
    const read = await readSource(path, DEFAULT_LIMITS, { runWorker: spying });
    expect(read).toEqual(await decodeSource(bytes, '.docx'));
    const sent = (given[0]?.input as { bytes: Uint8Array }).bytes;
    expect(given[0]?.transferList).toEqual([sent.buffer]);
    // moved: the importing thread no longer holds them
    expect(sent.byteLength).toBe(0);
  });

  it('leaves bytes a caller gives decodeSourceInWorker where they are', async () => {
    const bytes = makeRawDocx(docxParagraph('Toezegging T03412'));
    const length = bytes.byteLength;
    expect(await decodeSourceInWorker(bytes, '.docx')).toEqual(await decodeSource(bytes, '.docx'));
    expect(bytes.byteLength).toBe(length);
  });
});
