import { describe, expect, it } from 'vitest';
import { answerProposal } from '../../src/app/answer-proposal.ts';
import { syncTk } from '../../src/app/sync-tk.ts';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { createLogger } from '../../src/logger.ts';
import { getItem, listAudit, listItems } from '../../src/store/items.queries.ts';
import { insertItem } from '../../src/store/item-writes.ts';
import { listProposals } from '../../src/store/letters.queries.ts';
import { letterPages, type LetterFixture } from '../helpers/fake-documents.ts';
import { motiePages, OCW_MOTIE, T, tkEntry, tkFeed } from '../helpers/fake-syncfeed.ts';
import { useSyncFeedTest } from '../helpers/sync-test.ts';

const sync = useSyncFeedTest('2025-06-05T08:00:00Z', { scope: [], moties: true, documenten: true });
const { deps } = sync;
const ctx = () => ({ db: sync.t.db, admins: ['U0ANNA'], calendar: defaultCalendar, now: sync.now, logger: createLogger('warn', () => undefined) });

const CITES: LetterFixture = { id: 'e0000000-0000-4000-8000-000000000001', nummer: '2025D30001', datum: '2025-06-02', onderwerp: 'Uitvoering van de motie van het lid Bisschop c.s. over de werkdruk van leraren (Kamerstuk 36600-VIII-23)' };
const OTHER: LetterFixture = { id: 'e0000000-0000-4000-8000-000000000002', nummer: '2025D30002', datum: '2025-06-02', onderwerp: 'Reactie op de motie van het lid Bisschop over het lerarentekort (Kamerstuk 36600-VIII-99)' };
const NOT_A_LETTER: LetterFixture = { ...CITES, id: 'e0000000-0000-4000-8000-000000000003', nummer: '2025D30003', soort: 'Motie' };
const BY_ZAAK: LetterFixture = { id: 'e0000000-0000-4000-8000-000000000004', nummer: '2025D30004', datum: '2025-06-03', onderwerp: 'Voortgang onderwijsbeleid', zaakIds: [OCW_MOTIE.zaak.id], volgnummer: 40, dossierId: OCW_MOTIE.dossier!.id };
const BEFORE: LetterFixture = { ...CITES, id: 'e0000000-0000-4000-8000-000000000005', nummer: '2025D01005', datum: '2025-01-10' };

describe('motie sync tk: the Document feed (TK_SYNC_DOCUMENTEN)', () => {
  it('proposes a letter for the item whose Kamerstuk or zaak it names, and nothing for the rest; nothing is closed', async () => {
    motiePages(sync.fake, [OCW_MOTIE]);
    letterPages(sync.fake, [CITES, OTHER, NOT_A_LETTER, BY_ZAAK, BEFORE]);
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'done', created: 1, letters: 4, proposals: 2 });
    const [item] = listItems(sync.t.db);
    expect(listProposals(sync.t.db).map((p) => [p.itemId, p.documentNummer, p.strength, p.reasons[0]?.code])).toEqual([
      [item!.id, '2025D30001', 'zeker', 'KB_CITES_KAMERSTUK'],
      [item!.id, '2025D30004', 'zeker', 'KB_CITES_NUMBER'],
    ]);
    expect(getItem(sync.t.db, item!.id)?.status).toBe('open');
  });

  it('is not read when switched off', async () => {
    letterPages(sync.fake, [CITES]);
    await syncTk(deps({ documenten: false }));
    expect(sync.fake.requests.some((r) => r.category === 'Document')).toBe(false);
  });

  it('a second sync proposes nothing twice, also for a newer version of the letter; a rejection is remembered', async () => {
    motiePages(sync.fake, [OCW_MOTIE]);
    letterPages(sync.fake, [CITES]);
    await syncTk(deps());
    const again = await syncTk(deps({ fromStart: true }));
    expect(again.proposals).toBe(0);
    const [proposal] = listProposals(sync.t.db);
    const answered = answerProposal(ctx(), proposal!.id, 'rejected', { actor: 'cli' });
    expect(answered).toMatchObject({ ok: true, answer: 'rejected' });
    letterPages(sync.fake, [{ ...CITES, bijgewerkt: '2025-06-04T09:00:00' }]);
    const third = await syncTk(deps({ fromStart: true }));
    expect(third).toMatchObject({ letters: 1, proposals: 0 });
    expect(listProposals(sync.t.db)).toEqual([]);
    expect(listProposals(sync.t.db, { state: 'rejected' })).toHaveLength(1);
  });

  it('lets the event loop run between letters (issue 22.8): a probe queued with setImmediate sees the page half applied', async () => {
    motiePages(sync.fake, [OCW_MOTIE]);
    const five = [1, 2, 3, 4, 5].map((n) => ({ ...CITES, id: `e0000000-0000-4000-8000-00000000010${n}`, nummer: `2025D3010${n}` }));
    letterPages(sync.fake, five);
    const letters = () => (sync.t.db.$client.prepare('SELECT count(*) AS n FROM tk_letters').get() as { n: number }).n;
    const seen = new Set<number>();
    let running = true;
    const probe = () => {
      seen.add(letters());
      if (running) setImmediate(probe);
    };
    setImmediate(probe);
    const report = await syncTk(deps());
    running = false;
    expect(report).toMatchObject({ status: 'done', letters: 5, proposals: 5 });
    // One page in one synchronous transaction would show the probe 0 letters, then 5: nothing in between.
    expect([1, 2, 3, 4].filter((n) => seen.has(n)).length).toBeGreaterThanOrEqual(3);
    // As if the run had been killed after the letters and before the cursor: the page is read again, nothing twice.
    sync.t.db.$client.prepare("UPDATE tk_feeds SET cursor = NULL WHERE category = 'Document'").run();
    const again = await syncTk(deps());
    expect(again).toMatchObject({ status: 'done', letters: 0, proposals: 0 });
    expect(listProposals(sync.t.db)).toHaveLength(5);
  });

  it('a toezegging whose register names the letter is proposed as certain', async () => {
    sync.fake.pages.set('', tkFeed({ entries: [tkEntry({ ...T.partly, kamerbrieven: ['2025D30009'] }, 1)], next: 2 }));
    letterPages(sync.fake, [{ id: 'e0000000-0000-4000-8000-000000000009', nummer: '2025D30009', datum: '2025-06-01', onderwerp: 'Voortgang pilot' }]);
    await syncTk(deps({ moties: false }));
    expect(listProposals(sync.t.db).map((p) => [p.documentNummer, p.strength, p.reasons])).toEqual([['2025D30009', 'zeker', [{ code: 'KB_REGISTER_LINK', documentNummer: '2025D30009' }]]]);
  });
});

describe('letters from before an item existed (rule 5), for items the Kamer’s feed did not make', () => {
  const byHand = (context?: Record<string, string>) =>
    insertItem(sync.t.db, { kind: 'motie', title: 'Motie Bisschop over de werkdruk van leraren', text: 'verzoekt de regering …', kamerstuk: { dossier: '36600-VIII', number: '23', vergaderjaar: null }, responsible: [{ code: 'SOCW', ministry: 'OCW' }] }, 'UANNA', sync.clock, context);

  it('an item added by hand exists since the day it was added: an older letter is not proposed, a later one is', async () => {
    const id = byHand();
    const later: LetterFixture = { ...CITES, id: 'e0000000-0000-4000-8000-000000000006', nummer: '2025D30006', datum: '2025-06-06' };
    letterPages(sync.fake, [CITES, later]);
    const report = await syncTk(deps({ moties: false }));
    expect(report).toMatchObject({ letters: 2, proposals: 1 });
    expect(listProposals(sync.t.db).map((p) => [p.itemId, p.documentNummer])).toEqual([[id, '2025D30006']]);
  });

  it('an imported item exists since the date of the overview it came from', async () => {
    const id = byHand({ document: 'stand-van-zaken.docx', documentDate: '2025-05-01' });
    letterPages(sync.fake, [CITES, BEFORE]);
    await syncTk(deps({ moties: false }));
    expect(listProposals(sync.t.db).map((p) => [p.itemId, p.documentNummer])).toEqual([[id, '2025D30001']]);
  });
});

describe('letters read before their item appeared', () => {
  it('are matched when the item appears in a later run (a motie synced later), once', async () => {
    letterPages(sync.fake, [CITES, OTHER]);
    expect(await syncTk(deps({ moties: false }))).toMatchObject({ letters: 2, proposals: 0 });
    motiePages(sync.fake, [OCW_MOTIE]);
    const second = await syncTk(deps());
    expect(second).toMatchObject({ created: 1, letters: 0, proposals: 1 });
    const [item] = listItems(sync.t.db);
    expect(listProposals(sync.t.db).map((p) => [p.itemId, p.documentNummer, p.strength])).toEqual([[item!.id, '2025D30001', 'zeker']]);
    expect(await syncTk(deps())).toMatchObject({ proposals: 0 });
    expect(listProposals(sync.t.db)).toHaveLength(1);
  });

  it('an item added by hand later is matched against stored letters, but never one from before it was added', async () => {
    letterPages(sync.fake, [CITES]);
    await syncTk(deps({ moties: false }));
    // Added after the letter was read, and after the letter's date: the letter came first (rule 5).
    const late = insertItem(sync.t.db, { kind: 'motie', title: 'Motie Bisschop over de werkdruk van leraren', text: 'verzoekt de regering …', kamerstuk: { dossier: '36600-VIII', number: '23', vergaderjaar: null }, responsible: [{ code: 'SOCW', ministry: 'OCW' }] }, 'UANNA', sync.clock);
    // Imported from an overview dated before the letter: it existed then, so the letter may answer it.
    const imported = insertItem(sync.t.db, { kind: 'motie', title: 'Motie Bisschop c.s. over werkdruk', text: 'verzoekt de regering …', kamerstuk: { dossier: '36600-VIII', number: '23', vergaderjaar: null }, responsible: [{ code: 'SOCW', ministry: 'OCW' }] }, 'import', sync.clock, { document: 'overzicht.docx', documentDate: '2025-05-01' });
    expect(await syncTk(deps({ moties: false }))).toMatchObject({ proposals: 1 });
    expect(listProposals(sync.t.db).map((p) => p.itemId)).toEqual([imported]);
    expect(late).not.toBe(imported);
  });
});

describe('answerProposal', () => {
  async function proposed() {
    motiePages(sync.fake, [OCW_MOTIE]);
    letterPages(sync.fake, [BY_ZAAK]);
    await syncTk(deps());
    const [p] = listProposals(sync.t.db);
    return p!;
  }

  it('Afgerond met deze brief: the item is done with the letter as closing reference (its Kamerstuk), audited', async () => {
    const p = await proposed();
    const result = answerProposal(ctx(), p.id, 'done', { actor: 'U0ANNA', context: { via: 'button' } });
    expect(result).toMatchObject({ ok: true, answer: 'done', item: { status: 'done', closingReference: '36600-VIII-40' } });
    expect(listAudit(sync.t.db, p.itemId).filter((e) => e.action === 'letter-answer').map((e) => [e.actor, e.field])).toEqual([['U0ANNA', 'done']]);
    expect(answerProposal(ctx(), p.id, 'rejected', { actor: 'cli' })).toMatchObject({ ok: false, code: 'PROPOSAL_ALREADY_ANSWERED' });
  });

  it('Deels: the stand van zaken is updated and the item stays open', async () => {
    const p = await proposed();
    const result = answerProposal(ctx(), p.id, 'partly', { actor: 'cli' }, { partlyText: (previous, q) => `${previous ?? ''} deels: ${q.documentNummer ?? ''}`.trim() });
    expect(result).toMatchObject({ ok: true, item: { status: 'open', partly: true, statusText: 'deels: 2025D30004' } });
    expect(listProposals(sync.t.db, { state: 'partly' })).toHaveLength(1);
    expect(listAudit(sync.t.db, p.itemId).filter((e) => e.action === 'update' && e.field === 'partly').map((e) => [e.actor, e.oldValue, e.newValue])).toEqual([['cli', 'false', 'true']]);
  });

  it('Deels that would make the stand van zaken too long is refused as such, and changes nothing', async () => {
    const p = await proposed();
    const result = answerProposal(ctx(), p.id, 'partly', { actor: 'cli' }, { partlyText: () => 'x'.repeat(10_001) });
    expect(result).toEqual({ ok: false, code: 'PROPOSAL_STATUS_TEXT_TOO_LONG', itemId: p.itemId, max: 10_000 });
    expect(getItem(sync.t.db, p.itemId)).toMatchObject({ status: 'open', partly: false });
    expect(listProposals(sync.t.db).map((q) => q.id)).toEqual([p.id]);
    expect(listAudit(sync.t.db, p.itemId).filter((e) => e.action === 'letter-answer')).toEqual([]);
  });

  it('a second letter for an item done meanwhile is refused as such, and stays unanswered', async () => {
    motiePages(sync.fake, [OCW_MOTIE]);
    letterPages(sync.fake, [CITES, BY_ZAAK]);
    await syncTk(deps());
    const [first, second] = listProposals(sync.t.db);
    expect(answerProposal(ctx(), first!.id, 'done', { actor: 'cli' })).toMatchObject({ ok: true });
    for (const answer of ['done', 'partly'] as const) {
      expect(answerProposal(ctx(), second!.id, answer, { actor: 'cli' }, { partlyText: () => 'deels' })).toMatchObject({ ok: false, code: 'ITEM_ALREADY_DONE' });
    }
    expect(listProposals(sync.t.db).map((q) => q.id)).toEqual([second!.id]);
    expect(getItem(sync.t.db, second!.itemId)).toMatchObject({ status: 'done', partly: false });
  });

  it('refuses an unknown proposal', () => {
    expect(answerProposal(ctx(), 999, 'done', { actor: 'cli' })).toEqual({ ok: false, code: 'PROPOSAL_NOT_FOUND' });
  });
});
