// motie stand | trekker | vervallen | aanhouden | verwijder | herstel | heropen | afgerond --met,
// through the CLI's entry with --json: the same use cases as Slack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { createItem, getItem, listAudit } from '../../src/store/items.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

describe('motie item changes', () => {
  let t: TempDb;
  let out: string[];
  let err: string[];
  const run = (argv: string[]) =>
    runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), dbPath: t.path, now: () => new Date('2026-01-15T09:00:00Z'), env: {} });
  beforeEach(() => {
    t = openTempDb();
    out = [];
    err = [];
  });
  afterEach(() => { t.cleanup(); });

  it('sets the stand van zaken, the trekker, on hold, lapsed and reopened, each with --json and an audit entry', async () => {
    const item = createItem(t.db, newItem(), 'import', Date.UTC(2026, 0, 1));
    expect(await run(['stand', String(item.id), 'Brief in voorbereiding', '--json', '--door', 'Sanne'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ id: item.id, statusText: 'Brief in voorbereiding' });
    out = [];
    expect(await run(['trekker', String(item.id), 'U0SANNE', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ owner: 'U0SANNE' });
    out = [];
    expect(await run(['aanhouden', String(item.id), '1 maart 2026', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ onHoldUntil: '2026-03-01' });
    out = [];
    expect(await run(['vervallen', String(item.id), '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ status: 'lapsed', onHoldUntil: null });
    out = [];
    expect(await run(['heropen', String(item.id), '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ status: 'open' });
    const audit = listAudit(t.db, item.id).filter((a) => a.action === 'update');
    expect(audit.find((a) => a.field === 'statusText')).toMatchObject({ actor: 'cli:Sanne', newValue: 'Brief in voorbereiding' });
    expect(audit.map((a) => a.field)).toEqual(['statusText', 'owner', 'onHoldUntil', 'onHoldUntil', 'status', 'status']);
  });

  it('marks done with a Kamerbrief, deletes and restores', async () => {
    const item = createItem(t.db, newItem(), 'import', Date.UTC(2026, 0, 1));
    expect(await run(['afgerond', String(item.id), '--met', 'Kamerstuk 36222, nr. 45', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ status: 'done', closingReference: '36222-45', doneBy: 'cli' });
    out = [];
    expect(await run(['verwijder', String(item.id), '--json'])).toBe(0);
    expect(getItem(t.db, item.id)!.status).toBe('deleted');
    out = [];
    expect(await run(['list', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([]);
    expect(await run(['herstel', String(item.id)])).toBe(0);
    expect(getItem(t.db, item.id)).toMatchObject({ status: 'done', closingReference: '36222-45' });
  });

  it('refuses bad input in Dutch with exit code 2 and changes nothing', async () => {
    const item = createItem(t.db, newItem(), 'import', Date.UTC(2026, 0, 1));
    expect(await run(['afgerond', String(item.id), '--met', 'de brief van gisteren'])).toBe(2);
    expect(err.join('\n')).toContain('Die Kamerbrief herken ik niet');
    expect(await run(['aanhouden', String(item.id), '1 januari 2020'])).toBe(2);
    expect(await run(['trekker', String(item.id), 'sanne'])).toBe(2);
    expect(getItem(t.db, item.id)).toMatchObject({ status: 'open', owner: null, onHoldUntil: null });
  });
});
