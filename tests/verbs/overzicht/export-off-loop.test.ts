// Issue 22.13: `/motie overzicht` builds its file in a worker thread on a read-only connection
// of its own (src/verbs/overzicht/export-off-loop.ts), not on the bot's event loop. What holds it: the
// export is built with the bot's own connection closed (only a worker, which opens the file
// itself, can read it), with the same bytes as one built on the main thread, and its refusals
// (unknown code, nothing to export, too many items) come back as the same codes.
import { afterEach, describe, expect, it } from 'vitest';
import { exportOffLoop } from '../../../src/verbs/overzicht/export-off-loop.ts';
import { exportOverview } from '../../../src/verbs/overzicht/export-overview.ts';
import { createItem } from '../../../src/store/items.queries.ts';
import { closeDb, openDb } from '../../../src/store/db.ts';
import { createLogger } from '../../../src/logger.ts';
import { newItem } from '../../helpers/db.ts';
import { appContext } from '../../app/context.ts';

let ctx: ReturnType<typeof appContext> | null = null;
afterEach(() => {
  ctx?.t.cleanup();
  ctx = null;
});

/** A logger that fails the test when the export falls back to the main thread. */
const strict = { ...createLogger('error'), warn: (message: string) => { throw new Error(message); } };

// Each test starts workers, which under vitest first load the sources through tsx: seconds on a busy machine.
describe('the Slack overview export is built off the event loop (issue 22.13)', { timeout: 60_000 }, () => {
  it('is built in a worker: it reads the file while the bot\'s own connection is closed', async () => {
    ctx = appContext();
    for (let i = 0; i < 12; i += 1) createItem(ctx.db, newItem({ title: `Motie ${i}` }), 'cli', ctx.now().getTime());
    const csvHere = await exportOverview(ctx, { targets: ['SOCW'], status: 'open', format: 'csv' });
    closeDb(ctx.db);
    const docx = await exportOffLoop({ ...ctx, logger: strict }, { kind: 'overview', input: { targets: ['SOCW'], status: 'open', format: 'docx', maxItems: 100 } });
    expect(docx).toMatchObject({ ok: true, code: 'EXPORT_WRITTEN', moties: 12, fileName: 'stand-van-zaken-SOCW-2025-09-15.docx' });
    if (!docx.ok) throw new Error('no file');
    expect(Buffer.isBuffer(docx.bytes)).toBe(true);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    const csv = await exportOffLoop({ ...ctx, logger: strict }, { kind: 'overview', input: { targets: ['SOCW'], status: 'open', format: 'csv' } });
    expect(csv).toEqual(csvHere);
  });

  it('gives the refusals as codes, and the rappel draft too', async () => {
    ctx = appContext();
    for (let i = 0; i < 3; i += 1) createItem(ctx.db, newItem({ title: `Motie ${i}` }), 'cli', ctx.now().getTime());
    const off = { ...ctx, logger: strict };
    expect(await exportOffLoop(off, { kind: 'overview', input: { targets: ['SOCW'], status: 'open', format: 'docx', maxItems: 2 } })).toEqual({ ok: false, code: 'EXPORT_TOO_MANY', max: 2 });
    expect(await exportOffLoop(off, { kind: 'overview', input: { targets: ['XYZ!'], status: 'open', format: 'docx' } })).toEqual({ ok: false, code: 'EXPORT_TARGET_UNKNOWN', word: 'XYZ!' });
    expect(await exportOffLoop(off, { kind: 'overview', input: { targets: ['SJenV'], status: 'open', format: 'docx' } })).toEqual({ ok: false, code: 'EXPORT_NOTHING' });
    expect(await exportOffLoop(off, { kind: 'rappel', input: { targets: ['SOCW'], format: 'docx' } })).toMatchObject({ ok: false, code: 'RAPPEL_NOTHING' });
  });

  it('refuses an export that outgrows the worker\'s time, and never builds it again on the bot\'s own thread', async () => {
    ctx = appContext();
    for (let i = 0; i < 3; i += 1) createItem(ctx.db, newItem({ title: `Motie ${i}` }), 'cli', ctx.now().getTime());
    const errors: string[] = [];
    const logger = { ...strict, error: (message: string) => { errors.push(message); } };
    // A deadline no worker meets (it cannot even start in a millisecond); the strict logger's warn would throw on a fallback.
    const result = await exportOffLoop({ ...ctx, logger }, { kind: 'overview', input: { targets: ['SOCW'], status: 'open', format: 'docx' } }, { maxHeapMb: 256, maxMillis: 1 });
    expect(result).toEqual({ ok: false, code: 'EXPORT_TOO_HEAVY' });
    expect(errors).toHaveLength(1);
  });

  it('is built on the main thread for an in-memory database (no file a worker could open)', async () => {
    ctx = appContext();
    const memory = openDb(':memory:');
    createItem(memory, newItem({ title: 'Motie' }), 'cli', ctx.now().getTime());
    expect(await exportOffLoop({ ...ctx, db: memory, logger: strict }, { kind: 'overview', input: { targets: ['SOCW'], status: 'open', format: 'csv' } })).toMatchObject({ ok: true, moties: 1 });
    closeDb(memory);
  });
});
