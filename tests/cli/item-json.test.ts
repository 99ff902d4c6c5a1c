// Issue 23 (README): one JSON shape for every `--json` answer that holds an item. Every command
// that answers with an item or items writes the same fields (tests/helpers/item-json-keys.ts, the
// README's "Item JSON"), whichever command a script asked.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../import/layouts/stand-van-zaken/sample.ts';
import { tempDir } from '../helpers/db.ts';
import { ITEM_JSON_KEYS } from '../helpers/item-json-keys.ts';
import { runCli } from '../helpers/run-cli.ts';
import { motiePages, RECORDED_MOTIES, startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

type Json = Record<string, unknown>;

describe('every --json answer with an item has the one item shape', () => {
  let dbPath: string;
  let fake: FakeSyncFeed;
  beforeEach(async () => {
    dbPath = join(tempDir(), 'json.db');
    fake = await startFakeSyncFeed();
  });
  afterEach(() => fake.close());

  const json = async (argv: string[], env: NodeJS.ProcessEnv = {}): Promise<unknown> => {
    const r = await runCli([...argv, '--json'], { dbPath, env });
    expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0);
    return JSON.parse(r.out) as unknown;
  };
  const keysOf = (item: unknown) => Object.keys(item as Json).sort();

  it('nieuw, list, zoek, show, termijn, stand, trekker, afgerond, heropen, aanhouden, vervallen, verwijder, herstel, import and triage', async () => {
    const added = (await json(['nieuw', 'verzoekt de regering het herstelrecht te regelen', '--verantwoordelijk', 'SOCW', '--termijn', 'eind 2026'])) as Json;
    const id = String(added.id);
    const answers: [string, unknown][] = [
      ['nieuw', added],
      ['list', ((await json(['list'])) as unknown[])[0]],
      ['zoek', ((await json(['zoek', 'herstelrecht'])) as unknown[])[0]],
      ['termijn', await json(['termijn', id, 'eind maart 2027'])],
      ['stand', await json(['stand', id, 'Brief in voorbereiding.\nTweede regel.'])],
      ['trekker', await json(['trekker', id, 'U0123ABCD'])],
      ['aanhouden', await json(['aanhouden', id, '1 maart 2027'])],
      ['afgerond', await json(['afgerond', id])],
      ['heropen', await json(['heropen', id])],
      ['vervallen', await json(['vervallen', id])],
      ['verwijder', await json(['verwijder', id])],
      ['herstel', await json(['herstel', id])],
      ['import', ((await json(['import', SAMPLE_PATH.pathname, '--document-date', '1-4-2025', '--dry-run'])) as { items: unknown[] }).items[0]],
    ];
    const env = { TK_SYNCFEED_URL: fake.base, TK_SYNC_PAGE_DELAY_MS: '0' };
    motiePages(fake, RECORDED_MOTIES);
    await json(['sync', 'tk'], env);
    answers.push(['triage', ((await json(['triage', '2023Z00933', 'MIenW'], env)) as { item: unknown }).item]);
    const show = (await json(['show', id])) as Json;
    for (const [command, item] of answers) expect(keysOf(item), command).toEqual(ITEM_JSON_KEYS);
    // show: the same item, and what only show has: its history (and its Tweede Kamer origin).
    expect(keysOf(show).filter((k) => !ITEM_JSON_KEYS.includes(k))).toEqual(['audit']);
    const byName = Object.fromEntries(answers) as Record<string, Json>;
    expect(byName.stand).toMatchObject({ statusText: 'Brief in voorbereiding.\nTweede regel.', owner: null });
    expect(byName.trekker).toMatchObject({ owner: 'U0123ABCD' });
    expect(byName.aanhouden).toMatchObject({ onHoldUntil: '2027-03-01' });
    expect(byName.termijn).toMatchObject({ deadline: '2027-03-31', deadlineMoves: 1, deadlineOriginal: '2026-12-31' });
    expect(byName.afgerond).toMatchObject({ status: 'done', doneBy: expect.stringMatching(/^cli/) });
    expect(byName.triage).toMatchObject({ reference: '2023Z00933', responsible: ['MIenW'] });
  });
});
