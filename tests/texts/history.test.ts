// Issue 16 point 7: an item's history reads as Dutch sentences (who, what, when), in Slack's
// Details and in `motie show`: no "import · create", no raw JSON, no "cli:Piet", no bare user id.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { amsterdamDateTime } from '../../src/clock.ts';
import {
  AUDITED_FIELDS,
  HISTORY_CODES_COMPLETE,
  HISTORY_EVENT_CODES,
  readHistoryEvent,
  type AuditRecord,
  type HistoryEventCode,
} from '../../src/domain/history.ts';
import { buildDetails } from '../../src/slack/blocks/details.ts';
import { SLACK_STYLE } from '../../src/slack/blocks/mrkdwn.ts';
import { closeDb, openDb, type Db } from '../../src/store/db.ts';
import { createItem, getItem, listAudit, updateItem } from '../../src/store/items.queries.ts';
import { snoozeItem } from '../../src/store/snoozes.queries.ts';
import { actorNl, HISTORY_PHRASE, historyPhrase, historySentence, PLAIN_STYLE } from '../../src/texts/history.nl.ts';
import { newItem, tempDir } from '../helpers/db.ts';

const T0 = Date.UTC(2026, 4, 12, 12, 3); // 12 mei 2026 14:03 in Amsterdam
const rec = (action: string, field: string | null, oldValue: string | null, newValue: string | null): AuditRecord => ({
  actor: 'U0PIET',
  at: T0,
  action,
  field,
  oldValue,
  newValue,
});

// One stored entry per event code, with a piece of the Dutch phrase it must read as.
const ROWS: [AuditRecord, HistoryEventCode, string][] = [
  [rec('create', null, null, '{"kind":"motie","title":"X","codes":["SOCW","MOCW"]}'), 'CREATED', 'Toegevoegd als motie voor SOCW en MOCW'],
  [rec('update', 'status', 'open', 'done'), 'DONE', 'Afgerond'],
  [rec('update', 'status', 'done', 'open'), 'REOPENED', 'Heropend'],
  [rec('update', 'status', 'open', 'lapsed'), 'LAPSED', 'Vervallen verklaard'],
  [rec('update', 'status', 'open', 'deleted'), 'DELETED', 'Verwijderd'],
  [rec('update', 'status', 'deleted', 'open'), 'RESTORED', 'Teruggezet na verwijderen'],
  [rec('update', 'status', 'weird', 'strange'), 'STATUS_CHANGED', 'Status gewijzigd'],
  [rec('update', 'deadline', null, 'eind 2025 → 2025-12-31'), 'TERM_SET', 'Termijn gezet op eind 2025 (31 december 2025)'],
  [rec('update', 'deadline', '2025-07-03 → 2025-07-03', 'eind 2025 → 2025-12-31'), 'TERM_MOVED', 'Termijn verschoven van 3 juli 2025 naar eind 2025 (31 december 2025)'],
  [rec('update', 'deadline', 'eind dit jaar → 2025-12-31', 'eind 2025 → 2025-12-31'), 'TERM_CHANGED', 'Termijn gewijzigd van eind dit jaar (31 december 2025) naar eind 2025 (31 december 2025)'],
  [rec('update', 'deadline', 'na de zomer → geen datum', null), 'TERM_CLEARED', 'Termijn weggehaald (was na de zomer (nog geen datum))'],
  [rec('update', 'onHoldUntil', null, '2026-03-01'), 'HOLD_SET', 'Aangehouden tot 1 maart 2026'],
  [rec('update', 'onHoldUntil', '2026-03-01', null), 'HOLD_ENDED', 'Niet meer aangehouden'],
  [rec('update', 'partly', 'false', 'true'), 'PARTLY_SET', 'Deels afgedaan'],
  [rec('update', 'partly', 'true', 'false'), 'PARTLY_CLEARED', 'Niet meer deels afgedaan'],
  [rec('update', 'owner', null, 'U0SANNE'), 'OWNER_SET', '<@U0SANNE> is trekker geworden'],
  [rec('update', 'owner', 'U0SANNE', null), 'OWNER_CLEARED', 'Trekker weggehaald'],
  [rec('update', 'statusText', null, 'Brief *volgt* in maart.'), 'STATUS_TEXT_SET', 'Stand van zaken bijgewerkt: “Brief ∗volgt∗ in maart.”'],
  [rec('update', 'statusText', 'Brief volgt.', null), 'STATUS_TEXT_CLEARED', 'Stand van zaken leeggemaakt'],
  [rec('update', 'title', 'Oud', 'Nieuw'), 'TITLE_CHANGED', 'Titel gewijzigd in “Nieuw”'],
  [rec('update', 'text', 'a', 'b'), 'TEXT_CHANGED', 'Tekst van het verzoek of de toezegging gewijzigd'],
  [rec('update', 'closingReference', null, '36222-45'), 'CLOSING_REFERENCE_SET', 'Kamerbrief vastgelegd: Kamerstuk 36222, nr. 45'],
  [rec('update', 'closingReference', '36222-45', null), 'CLOSING_REFERENCE_CLEARED', 'Kamerbrief weggehaald'],
  [rec('update', 'responsible', 'SOCW', 'MOCW,SOCW'), 'RESPONSIBLE_CHANGED', 'Bewindspersonen gewijzigd van SOCW naar MOCW en SOCW'],
  [rec('update', 'kind', 'motie', 'toezegging'), 'KIND_CHANGED', 'Soort gewijzigd in toezegging'],
  [rec('update', 'submitters', 'Mutluer', 'Mutluer, Werner'), 'SUBMITTERS_CHANGED', 'Indieners gewijzigd in Mutluer en Werner'],
  [rec('update', 'kamerstuk', null, '34843-79 (2022/23)'), 'KAMERSTUK_CHANGED', 'Kamerstuk vastgelegd: 34843-79 (2022/23)'],
  [rec('update', 'reference', null, 'T01234'), 'REFERENCE_CHANGED', 'Registernummer vastgelegd: T01234'],
  [rec('update', 'recurrence', null, 'P4Y'), 'RECURRENCE_CHANGED', 'Komt terug: elke 4 jaar'],
  [rec('update', 'sourceDocument', null, 'stand-van-zaken.docx'), 'SOURCE_DOCUMENT_CHANGED', 'Brondocument: stand-van-zaken.docx'],
  [rec('update', 'linkedTo', null, '12'), 'LINKED_TO_CHANGED', 'Samen behandeld met #12'],
  [rec('snooze', 'C0SZW', null, '2026-05-19'), 'SNOOZED', 'Herinneringen in <#C0SZW> uitgesteld tot 19 mei 2026'],
  [rec('tk-new', null, null, '2023Z00933'), 'TK_NEW', 'Toegevoegd uit de open data van de Tweede Kamer (2023Z00933)'],
  [rec('tk-afgedaan', null, null, '["36222-45"]'), 'TK_AFGEDAAN', 'Afgedaan volgens het toezeggingenregister (Kamerbrief 36222-45)'],
  [rec('import', null, null, '{"created":3,"updated":2,"unchanged":1,"conflicts":0}'), 'IMPORTED', 'Overzicht geïmporteerd: 3 nieuw, 2 bijgewerkt'],
  [rec('tk-first-sync', null, null, '{"category":"Toezegging","created":4}'), 'TK_FIRST_SYNC', 'Eerste synchronisatie met de Tweede Kamer'],
  [rec('link-channel', 'SOCW', null, 'C0OCW'), 'CHANNEL_LINKED', '<#C0OCW> gekoppeld aan SOCW'],
  [rec('unlink-channel', 'SOCW', 'C0OCW', null), 'CHANNEL_UNLINKED', '<#C0OCW> losgekoppeld van SOCW'],
  [rec('letter-answer', 'done', null, '{"documentNummer":"2025D21406","letterId":"e1"}'), 'LETTER_ANSWERED', 'Kamerbrief 2025D21406: afgerond met deze brief'],
  [rec('letter-answer', 'partly', null, '{"documentNummer":"2025D21406","letterId":"e1"}'), 'LETTER_ANSWERED', 'Kamerbrief 2025D21406: deels afgedaan'],
  [rec('letter-answer', 'rejected', null, '{"documentNummer":null,"letterId":"e1"}'), 'LETTER_ANSWERED', 'Voorgestelde Kamerbrief: hoort er niet bij'],
  [rec('export', null, null, '{"x":1}'), 'UNKNOWN', 'Gewijzigd'],
];

/** Internals that must never reach a person: field names, actions, JSON, ISO dates, raw actors. */
const INTERNALS = [/\bcli:/, /\{|\}/, /\b\d{4}-\d{2}-\d{2}\b/, / → /, /\b(create|update|statusText|deadline|onHoldUntil|closingReference)\b/, /·/];

describe('history events: every code has a Dutch sentence', () => {
  it('the code list and the event union agree (checked by the compiler, HISTORY_CODES_COMPLETE)', () => {
    expect(HISTORY_CODES_COMPLETE).toBe(true);
    expect(Object.keys(HISTORY_PHRASE).sort()).toEqual([...HISTORY_EVENT_CODES].sort());
  });

  it.each(ROWS)('reads %j as %s', (record, code, phrase) => {
    const event = readHistoryEvent(record);
    expect(event.code).toBe(code);
    expect(historyPhrase(event, SLACK_STYLE)).toBe(phrase);
  });

  it('a Kamerbrief the register names by document number links to the document (issue 24.8), on the command line too', () => {
    const event = readHistoryEvent(rec('tk-afgedaan', null, null, '["2025D21406","36222-45"]'));
    expect(historyPhrase(event, SLACK_STYLE)).toBe(
      'Afgedaan volgens het toezeggingenregister (Kamerbrieven <https://www.tweedekamer.nl/downloads/document?id=2025D21406|2025D21406> en 36222-45)',
    );
    expect(historyPhrase(event, PLAIN_STYLE)).toBe('Afgedaan volgens het toezeggingenregister (Kamerbrieven 2025D21406 (https://www.tweedekamer.nl/downloads/document?id=2025D21406) en 36222-45)');
  });

  it('the table above covers every event code', () => {
    expect(new Set(ROWS.map(([, code]) => code))).toEqual(new Set(HISTORY_EVENT_CODES));
  });

  it.each(HISTORY_EVENT_CODES.map((c) => [c]))('%s reads as a non-empty Dutch sentence without internals, in Slack and on the command line', (code) => {
    const [record] = ROWS.find(([, c]) => c === code)!;
    for (const style of [SLACK_STYLE, PLAIN_STYLE]) {
      const sentence = historySentence(readHistoryEvent(record), 'cli:Piet', '2026-05-12 14:03', style);
      expect(sentence).toMatch(/^\S.{3,} door Piet, 12 mei 2026 om 14:03\.$/);
      for (const internal of INTERNALS) expect(sentence).not.toMatch(internal);
    }
  });

  it('names every actor the way people know it', () => {
    expect(actorNl('U0PIET', SLACK_STYLE)).toBe('<@U0PIET>');
    expect(actorNl('U0PIET', PLAIN_STYLE)).toBe('Slack-gebruiker U0PIET');
    // The preview's own user by who it is, not by its internal id (issue 23, cosmetic).
    expect(actorNl('UPREVIEW', PLAIN_STYLE)).toBe('jij (in de voorbeeldomgeving)');
    expect(actorNl('cli:Piet *de* Vries', SLACK_STYLE)).toBe('Piet ∗de∗ Vries');
    expect(actorNl('cli', PLAIN_STYLE)).toBe('iemand op de opdrachtregel');
    expect(actorNl('import', PLAIN_STYLE)).toBe('de import van een overzicht');
    expect(actorNl('tk-sync', PLAIN_STYLE)).toBe('de synchronisatie met de Tweede Kamer');
    expect(actorNl('preview', PLAIN_STYLE)).toBe('de voorbeeldomgeving');
    expect(actorNl('system', PLAIN_STYLE)).toBe('motiebot');
    expect(actorNl('<!channel>', SLACK_STYLE)).toBe('motiebot');
  });
});

describe('the history of a real item (issue 16 point 7)', () => {
  let dir: string;
  let dbPath: string;
  let db: Db;
  let id: number;

  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, 'h.db');
    db = openDb(dbPath);
    const deadline = (text: string, date: string) => ({ earliest: null, deadline: date, text, basis: 'estimate' as const, soft: false, source: 'request' as const });
    id = createItem(db, newItem({ deadline: deadline('eind dit jaar', '2025-12-31') }), 'import', T0).id;
    updateItem(db, id, { deadline: { ...deadline('eind 2025', '2025-12-31'), source: 'person' } }, 'cli:Piet', T0 + 60_000);
    updateItem(db, id, { deadline: { ...deadline('voor de zomer van 2026', '2026-07-03'), source: 'person' } }, 'U0SANNE', T0 + 120_000);
    updateItem(db, id, { status: 'done', closingReference: '36222-45' }, 'U0SANNE', T0 + 180_000);
    updateItem(db, id, { status: 'open' }, 'cli', T0 + 240_000);
    updateItem(db, id, { owner: 'U0PIET', statusText: 'Brief volgt.' }, 'U0SANNE', T0 + 300_000);
    snoozeItem(db, id, 'C0SZW', '2026-05-20', 'U0SANNE', T0 + 360_000);
    closeDb(db);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('every change the store records reads as a known event (no "Gewijzigd" fallback)', () => {
    const reopened = openDb(dbPath);
    const audit = listAudit(reopened, id);
    // Touch every other audited field once, as the store writes them.
    updateItem(reopened, id, { title: 'Nieuw', text: 'nieuw', recurrence: 'P1Y', sourceDocument: 'a.docx', reference: 'T1', linkedTo: null, submitters: ['Werner'], kamerstuk: { dossier: '34843', number: '79', vergaderjaar: null }, kind: 'toezegging', onHoldUntil: '2026-09-01', responsible: [{ code: 'MOCW', ministry: 'OCW' }] }, 'U0SANNE', T0 + 400_000);
    const all = listAudit(reopened, id);
    closeDb(reopened);
    const fields = new Set(all.map((a) => a.field).filter((f) => f !== null && !f.startsWith('C')));
    for (const field of fields) expect(AUDITED_FIELDS).toContain(field);
    expect(audit.length).toBeGreaterThan(6);
    for (const entry of all) expect(readHistoryEvent(entry).code, JSON.stringify(entry)).not.toBe('UNKNOWN');
  });

  it('Slack Details: Dutch sentences with mentions and names, newest first', () => {
    const reopened = openDb(dbPath);
    const item = getItem(reopened, id)!;
    const audit = listAudit(reopened, id);
    closeDb(reopened);
    const text = JSON.stringify(buildDetails(item, audit, '2026-05-12', amsterdamDateTime).blocks);
    const first = JSON.stringify(buildDetails(item, audit.slice(0, 2), '2026-05-12', amsterdamDateTime).blocks);
    expect(first).toContain('• Termijn gewijzigd van eind dit jaar (31 december 2025) naar eind 2025 (31 december 2025) door Piet, 12 mei 2026 om 14:04.');
    expect(first).toContain('• Toegevoegd als motie voor SOCW door de import van een overzicht, 12 mei 2026 om 14:03.');
    expect(first.slice(first.indexOf('Laatste wijzigingen'))).not.toMatch(/cli:|import · create|→/);
    expect(text).toContain('Laatste wijzigingen:');
    expect(text.match(/\\n• /g)).toHaveLength(8); // the latest eight of ten
    expect(text).toContain('• Termijn verschoven van eind 2025 (31 december 2025) naar voor de zomer van 2026 (3 juli 2026) door <@U0SANNE>, 12 mei 2026 om 14:05.');
    expect(text).toContain('• Afgerond door <@U0SANNE>, 12 mei 2026 om 14:06.');
    expect(text).toContain('• Heropend door iemand op de opdrachtregel, 12 mei 2026 om 14:07.');
    expect(text).toContain('• <@U0PIET> is trekker geworden door <@U0SANNE>');
    expect(text).toContain('• Herinneringen in <#C0SZW> uitgesteld tot 20 mei 2026 door <@U0SANNE>');
    expect(text).not.toContain('import · create');
    const changes = text.slice(text.indexOf('Laatste wijzigingen'));
    expect(changes).not.toMatch(/cli:|→|\\"\{|2025-12-31/);
    // A Slack user appears only as a mention.
    expect(changes.replace(/<@U0[A-Z]+>/g, '')).not.toMatch(/U0(PIET|SANNE)/);
  });

  it('motie show: the history in Dutch sentences, no raw JSON or internal names', async () => {
    const out: string[] = [];
    const code = await runCli(['show', String(id)], { out: (l) => out.push(l), err: (l) => out.push(l), now: () => new Date(T0), env: {}, dbPath });
    expect(code).toBe(0);
    const text = out.join('\n');
    const history = text.slice(text.indexOf('Geschiedenis:'));
    expect(history).toContain('Toegevoegd als motie voor SOCW door de import van een overzicht, 12 mei 2026 om 14:03.');
    expect(history).toContain('Termijn gewijzigd van eind dit jaar (31 december 2025) naar eind 2025 (31 december 2025) door Piet, 12 mei 2026 om 14:04.');
    expect(history).toContain('Afgerond door Slack-gebruiker U0SANNE, 12 mei 2026 om 14:06.');
    expect(history).toContain('Kamerbrief vastgelegd: Kamerstuk 36222, nr. 45 door Slack-gebruiker U0SANNE');
    expect(history).toContain('Heropend door iemand op de opdrachtregel');
    expect(history).toContain('Stand van zaken bijgewerkt: “Brief volgt.” door Slack-gebruiker U0SANNE');
    for (const internal of INTERNALS) expect(history).not.toMatch(internal);
  });
});
