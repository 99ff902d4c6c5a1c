// `motie import` when the worker that reads files cannot start (review 3, V3): the English cause on
// the line above, then the Dutch sentence that does not blame the file; exit 1, no database. The
// worker module is mocked, so this file runs in its own process (the slow project: the fast one
// shares modules between files, where a module mock would not take).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.ts';
import type { CliIo } from '../../src/cli/types.ts';
import { documentFailureNl } from '../../src/texts/documents.nl.ts';
import { tempDir } from '../helpers/db.ts';
import { docxParagraph, makeRawDocx } from '../helpers/hostile-files.ts';

vi.mock('../../src/worker/run-task.ts', () => ({
  runTask: () => Promise.reject(Object.assign(new Error("Cannot find module '/opt/motiebot/dist/chunks/worker-X.js'"), { code: 'MODULE_NOT_FOUND' })),
}));

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('motie import with a reading worker that cannot start', () => {
  it('prints the cause (English) and the Dutch sentence, exits 1 and creates no database', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'overzicht.docx');
    writeFileSync(file, makeRawDocx(docxParagraph('Toezegging T03412: de minister stuurt een brief.')));
    const dbPath = join(dir, 'motie.db');
    const err: string[] = [];
    const io: CliIo = { out: () => undefined, err: (l) => err.push(l), now: () => new Date('2025-10-01T08:00:00Z'), env: {}, dbPath };
    const code = await importCommand.run({ positional: [file], flags: { 'document-date': '2025-10-01' } }, io);
    expect(code).toBe(1);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/ERROR .*the worker that reads files could not start.*overzicht\.docx.*MODULE_NOT_FOUND.*Cannot find module/);
    expect(err[1]).toBe(documentFailureNl({ ok: false, code: 'DOCUMENT_READER_UNAVAILABLE' }));
    expect(existsSync(dbPath)).toBe(false);
  });
});
