import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignTriage } from '../../src/app/index.ts';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { runCli } from '../../src/cli/main.ts';
import { createLogger } from '../../src/logger.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { getTkOrigin } from '../../src/store/tk.queries.ts';
import { tempDir } from '../helpers/db.ts';
import { motiePages, RECORDED_MOTIES, startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

let fake: FakeSyncFeed;
let dbPath: string;
let out: string[];
let err: string[];

beforeEach(async () => {
  fake = await startFakeSyncFeed();
  dbPath = join(tempDir(), 'tk.db');
  out = [];
  err = [];
  motiePages(fake, RECORDED_MOTIES);
  await cli(['sync', 'tk']);
  out = [];
});
afterEach(() => fake.close());

function cli(argv: string[]) {
  return runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => new Date('2025-06-02T08:00:00Z'),
    env: { TK_SYNCFEED_URL: fake.base, TK_SYNC_PAGE_DELAY_MS: '0' },
    dbPath,
  });
}

function withDb<T>(fn: (db: ReturnType<typeof openDb>) => T): T {
  const db = openDb(dbPath);
  try {
    return fn(db);
  } finally {
    closeDb(db);
  }
}

describe('motie triage', () => {
  it('lists the adopted motie whose ministry could not be derived, with its submitters', async () => {
    expect(await cli(['triage'])).toBe(0);
    expect(out[0]).toBe('1 item wacht op een ministerie. Wijs codes toe met: motie triage <nummer> <codes>, bijvoorbeeld motie triage 2023Z00933 MIenW.');
    expect(out[1]).toMatch(/^- 2023Z00933 Werkgelegenheid, innovatie en behoud van kennis.*\n {4}ingediend door C\.A\.M\. van der Plas, N\.J\.F\. Pouw-Verweij; mogelijk ministerie: IenW, EZ\n {4}Waarom triage: /);
    expect(out).toHaveLength(2);
  });

  it('a pending entry says why it is in triage: what stopped a decision, the evidence per ministry, and what the records lacked (issue 24)', async () => {
    expect(await cli(['triage'])).toBe(0);
    expect(out[1]?.split('\n')[2]).toBe(
      '    Waarom triage: de beleidswoorden wijzen naar meer dan één ministerie en geen ervan duidelijk. ' +
        'Aanwijzingen: beleidswoorden "vlootvernieuwing", "rijksrederij" → IenW; beleidswoorden "innovatie" → EZ. ' +
        'Ontbreekt: een bewindspersoon (kabinetsappreciatie, debat of aanhef van het dictum), het commissiedebat waarin de motie is ingediend, een Kamerstukdossier, de tekst van de motie.',
    );
    out = [];
    expect(await cli(['triage', '--json'])).toBe(0);
    const [entry] = JSON.parse(out.join('\n')) as { reason: unknown }[];
    expect(entry?.reason).toEqual({
      code: 'TRIAGE_WORDS_SPLIT',
      evidence: [
        { kind: 'words', ministry: 'IenW', words: ['vlootvernieuwing', 'rijksrederij'] },
        { kind: 'words', ministry: 'EZ', words: ['innovatie'] },
      ],
      missing: ['bewindspersoon', 'debat', 'dossier', 'tekst'],
    });
  });

  it('assigning codes once makes the item, with the rule "triage door"; a next sync keeps it', async () => {
    expect(await cli(['triage', '2023Z00933', 'MIenW', '--door', 'Anna'])).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^2023Z00933 is toegewezen aan MIenW \(item #\d+\)\.$/)]);
    const [item] = withDb((db) => listItems(db));
    expect(item).toMatchObject({ kind: 'motie', reference: '2023Z00933', responsible: [{ code: 'MIenW', ministry: 'IenW' }], submitters: ['C.A.M. van der Plas', 'N.J.F. Pouw-Verweij'] });
    expect(withDb((db) => getTkOrigin(db, item!.id)?.ministryRule)).toBe('triage door cli:Anna');
    out = [];
    expect(await cli(['show', String(item!.id)])).toBe(0);
    expect(out).toContain('\nMinisterie afgeleid uit triage door Anna.');
    out = [];
    expect(await cli(['triage'])).toBe(0);
    expect(out).toEqual(['Geen moties in triage: bij elke aangenomen motie kon het ministerie worden afgeleid.']);
    // The same feed again (from the start): the assigned motie is not sent to triage again, nor duplicated.
    expect(await cli(['sync', 'tk', '--opnieuw', '--json'])).toBe(0);
    expect(withDb((db) => listItems(db))).toHaveLength(1);
    expect(await cli(['triage', '2023Z00933', 'MVWS'])).toBe(1);
  });

  it('motie show names rule 9 in Dutch: a motie without a debate routed by its dossier\'s debates of the recorded months (session 8, h1c)', async () => {
    // Dossier 19637 (Vreemdelingenbeleid): its moties of the recorded months came from the asylum committee's debates.
    motiePages(fake, [{
      zaak: { id: 'e0000000-0000-4000-8000-000000000001', nummer: '2025Z09999', onderwerp: 'Motie van het lid X over een onderzoek', gestartOp: '2025-05-20T00:00:00+02:00', volgnummer: '3001', dossierId: 'e0000000-0000-4000-8000-0000000000d1' },
      dossier: { id: 'e0000000-0000-4000-8000-0000000000d1', nummer: '19637' },
      actors: [{ id: 'e0000000-0000-4000-8000-0000000000a1', naam: 'A. Lid', relatie: 'Indiener' }],
      besluiten: [{ id: 'e0000000-0000-4000-8000-0000000000b1', soort: 'Stemmen - aangenomen', bijgewerkt: '2025-05-27T16:00:00+02:00' }],
    }]);
    expect(await cli(['sync', 'tk', '--opnieuw'])).toBe(0);
    const item = withDb((db) => listItems(db)).find((i) => i.reference === '2025Z09999');
    expect(item?.responsible).toEqual([{ code: 'MAenM', ministry: 'AenM' }]);
    out = [];
    expect(await cli(['show', String(item?.id)])).toBe(0);
    expect(out.join('\n')).toMatch(/\nMinisterie afgeleid uit debatten over dit dossier in eerdere maanden \(\d+ van \d+ moties in dit dossier kwamen uit een debat van een commissie van AenM\)\./);
  });

  it('motie triage says in Dutch why a motie whose Onderwerp addresses the Kamer itself waits, also where its dossier would route it (session 9)', async () => {
    // Dossier 19637 would route it to AenM by rule 9; the Onderwerp asks the presidium, so no ministry must act.
    motiePages(fake, [{
      zaak: { id: 'e0000000-0000-4000-8000-000000000002', nummer: '2025Z09998', onderwerp: 'Motie van het lid X over het Presidium verzoeken commissievergaderingen in de regio te laten plaatsvinden', gestartOp: '2025-05-20T00:00:00+02:00', volgnummer: '3002', dossierId: 'e0000000-0000-4000-8000-0000000000d2' },
      dossier: { id: 'e0000000-0000-4000-8000-0000000000d2', nummer: '19637' },
      actors: [{ id: 'e0000000-0000-4000-8000-0000000000a2', naam: 'A. Lid', relatie: 'Indiener' }],
      besluiten: [{ id: 'e0000000-0000-4000-8000-0000000000b2', soort: 'Stemmen - aangenomen', bijgewerkt: '2025-05-27T16:00:00+02:00' }],
    }]);
    expect(await cli(['sync', 'tk', '--opnieuw'])).toBe(0);
    expect(withDb((db) => listItems(db)).find((i) => i.reference === '2025Z09998')).toBeUndefined();
    out = [];
    expect(await cli(['triage'])).toBe(0);
    expect(out.join('\n')).toContain('het onderwerp van de motie richt zich tot de Kamer zelf (het Presidium, de Griffie, haar eigen vergaderingen of een uitspraak over haar eigen werk), niet tot de regering');
  });

  it('on a database that never synced says so, instead of claiming every ministry was derived', async () => {
    dbPath = join(tempDir(), 'never-synced.db');
    withDb(() => undefined); // a database with items perhaps, but no Tweede Kamer sync
    expect(await cli(['triage'])).toBe(0);
    expect(out).toEqual([
      'Geen moties in triage: deze database is nog nooit met de Tweede Kamer gesynchroniseerd. Haal eerst de moties en toezeggingen op met motie sync tk.',
    ]);
  });

  it('bad codes and unknown numbers are refused in Dutch, and change nothing', async () => {
    expect(await cli(['triage', '2023Z00933', 'Infrastructuur'])).toBe(2);
    expect(err.at(-1)).toBe('"Infrastructuur" bevat geen geldige code; schrijf bijvoorbeeld SOCW of MVWS,SOCW.');
    expect(await cli(['triage', '2099Z99999', 'MIenW'])).toBe(1);
    expect(err.at(-1)).toBe('2099Z99999 staat niet (meer) in de triage. Typ motie triage voor de lijst.');
    expect(withDb((db) => listItems(db))).toEqual([]);
  });

  it('in Slack only an admin may assign codes', () => {
    withDb((db) => {
      const ctx = { db, admins: ['U0ADMIN'], calendar: defaultCalendar, now: () => new Date(), logger: createLogger('error', () => {}) };
      expect(assignTriage(ctx, '2023Z00933', 'MIenW', { actor: 'U0SOMEONE' })).toEqual({ ok: false, code: 'TRIAGE_NOT_ALLOWED' });
      expect(assignTriage(ctx, '2023Z00933', 'MIenW', { actor: 'U0ADMIN' })).toMatchObject({ ok: true, code: 'TRIAGE_ASSIGNED' });
    });
  });
});

describe('motie triage per team (TK_MINISTRIES)', () => {
  const triageWith = (ministries: string) =>
    runCli(['triage'], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      now: () => new Date('2025-06-02T08:00:00Z'),
      env: { TK_SYNCFEED_URL: fake.base, TK_SYNC_PAGE_DELAY_MS: '0', TK_MINISTRIES: ministries },
      dbPath,
    });

  it('a motie in triage lists its candidate ministries; a team whose ministry may be it sees it', async () => {
    expect(await triageWith('IenW')).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('2023Z00933');
    expect(text).toMatch(/mogelijk ministerie: .*IenW/);
  });

  it('a team of another ministry does not see it', async () => {
    expect(await triageWith('SOCW')).toBe(0);
    expect(out.join('\n')).not.toContain('2023Z00933');
  });
});
