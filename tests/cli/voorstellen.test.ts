// `motie sync tk` with TK_SYNC_DOCUMENTEN=aan, then `motie voorstellen [--json]`.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { tempDir } from '../helpers/db.ts';
import { letterPages } from '../helpers/fake-documents.ts';
import { motiePages, OCW_MOTIE, startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

let fake: FakeSyncFeed;
let dbPath: string;
let out: string[];
let err: string[];
beforeEach(async () => {
  fake = await startFakeSyncFeed();
  dbPath = join(tempDir(), 'kb.db');
  out = [];
  err = [];
});
afterEach(() => fake.close());

const cli = (argv: string[], env: Record<string, string> = {}) =>
  runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => new Date('2025-06-05T08:00:00Z'),
    env: { TK_SYNCFEED_URL: fake.base, TK_SYNC_PAGE_DELAY_MS: '0', MOTIEBOT_TK_BACKOFF_MS: '1', ...env },
    dbPath,
  });

const LETTER = { id: 'e0000000-0000-4000-8000-000000000001', nummer: '2025D30001', datum: '2025-06-02', onderwerp: 'Uitvoering van de motie van het lid Bisschop c.s. over de werkdruk van leraren (Kamerstuk 36600-VIII-23)' };

describe('motie voorstellen', () => {
  it('lists what the sync proposed, as text and as one JSON object per proposal', async () => {
    motiePages(fake, [OCW_MOTIE]);
    letterPages(fake, [LETTER]);
    expect(await cli(['sync', 'tk'], { TK_SYNC_DOCUMENTEN: 'aan' })).toBe(0);
    expect(out.join('\n')).toContain('Kamerbrieven: 1 gelezen, 1 nieuw voorstel (zie motie voorstellen).');
    out.length = 0;
    expect(await cli(['voorstellen'])).toBe(0);
    expect(out[0]).toBe('1 voorgestelde Kamerbrief wacht op een antwoord (in Slack: Afgerond met deze brief, Deels of Hoort er niet bij):');
    expect(out[1]).toMatch(/^#1 {2}2025D30001 van 2 juni 2025 \(zeker: noemt Kamerstuk 36600-VIII-23\)\n {6}Uitvoering van de motie/);
    out.length = 0;
    expect(await cli(['voorstellen', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject([{ itemId: 1, documentNummer: '2025D30001', strength: 'zeker', reden: 'noemt Kamerstuk 36600-VIII-23' }]);
    // Closed meanwhile: nothing waits any more.
    expect(await cli(['afgerond', '1'])).toBe(0);
    out.length = 0;
    expect(await cli(['voorstellen', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([]);
  });

  it('without TK_SYNC_DOCUMENTEN nothing is read or proposed', async () => {
    letterPages(fake, [LETTER]);
    expect(await cli(['sync', 'tk'])).toBe(0);
    out.length = 0;
    expect(await cli(['voorstellen'])).toBe(0);
    expect(out).toEqual(['Er wachten geen voorgestelde Kamerbrieven.']);
  });

  it('refuses a bad TK_SYNC_DOCUMENTEN with a Dutch message', async () => {
    expect(await cli(['sync', 'tk'], { TK_SYNC_DOCUMENTEN: 'soms' })).not.toBe(0);
    expect(err.join('\n')).toMatch(/TK_SYNC_DOCUMENTEN/);
  });
});
