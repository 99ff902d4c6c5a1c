// `/motie overzicht` through signed requests: the Word file is uploaded to the channel through
// files.getUploadURLExternal, the upload URL and files.completeUploadExternal of the fake Web API.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { linesOfText, readLayout } from '../../../src/import/layouts/index.ts';
import { parseStandVanZaken } from '../../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { importItems } from '../../../src/app/import-items.ts';
import { insertItem } from '../../../src/store/item-writes.ts';
import { listItems } from '../../../src/store/items.queries.ts';
import { EXPORT_SLACK_MAX_ITEMS } from '../../../src/verbs/overzicht/export-overview.ts';
import { SAMPLE, SAMPLE_DATE } from '../../import/layouts/stand-van-zaken/sample.ts';
import { expectAcked, link, reply, useBot, waitFor, type SlackTest } from '../../slack/support.ts';

const t = useBot();

function seedSample(bot: SlackTest): void {
  const parsed = parseStandVanZaken(SAMPLE, { documentDate: SAMPLE_DATE, today: SAMPLE_DATE });
  if (!parsed.ok) throw new Error(parsed.code);
  importItems(bot.deps.db, parsed.items, { sourceDocument: 'sample.txt', documentDate: SAMPLE_DATE, now: bot.deps.now().getTime() });
}

/** The export is built in a worker thread (issue 22.13), which under vitest first loads the sources through tsx. */
const EXPORT_WAIT_MS = 20_000;

async function overzicht(bot: SlackTest, args = '', channel = 'CSZW') {
  const posted = await bot.command(`overzicht ${args}`.trim(), { channel });
  expectAcked(posted);
  return reply(bot, posted.responseId, 0, EXPORT_WAIT_MS);
}

describe('/motie overzicht', { timeout: 90_000 }, () => {
  it('builds one export at a time (issue 22.13): a second request while one is under way gets "er loopt al een export", and nothing of its own', async () => {
    seedSample(t.bot);
    link(t.bot, 'SSZW', 'CSZW');
    // The first export's last upload step answers only once the second request was answered: the
    // first is still under way while the second arrives.
    let answerFirst: () => void = () => undefined;
    const firstAnswered = new Promise<void>((resolve) => {
      answerFirst = resolve;
    });
    t.bot.fake.failNext('files.completeUploadExternal', 'internal_error', { until: firstAnswered });
    const first = await t.bot.command('overzicht', { channel: 'CSZW' });
    expectAcked(first);
    await waitFor(() => t.bot.fake.callsTo('files.completeUploadExternal')[0], EXPORT_WAIT_MS);
    const second = await overzicht(t.bot);
    expect(second.text).toBe('Er loopt al een export in deze bot; er kan er één tegelijk gemaakt worden. Probeer het over een minuut opnieuw.');
    expect(t.bot.fake.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    answerFirst();
    expect((await reply(t.bot, first.responseId, 0, EXPORT_WAIT_MS)).text).toContain('kon niet worden geplaatst');
    // Once the first is done, the next one is built again.
    expect((await overzicht(t.bot)).text).toContain('📎 Het overzicht staat in dit kanaal');
  });

  it('refuses more than the Slack bound of items in Dutch and builds and uploads nothing (issue 22.13)', async () => {
    link(t.bot, 'SSZW', 'CSZW');
    const db = t.bot.deps.db;
    const now = t.bot.deps.now().getTime();
    db.$client.transaction(() => {
      for (let i = 0; i <= EXPORT_SLACK_MAX_ITEMS; i++) insertItem(db, { kind: 'motie', title: `Motie ${String(i)}`, text: 'verzoekt de regering …', responsible: [{ code: 'SSZW', ministry: 'SZW' }] }, 'import', now);
    })();
    const answer = await overzicht(t.bot);
    expect(answer.text).toContain(EXPORT_SLACK_MAX_ITEMS.toLocaleString('nl-NL'));
    expect(answer.text).toContain('motie overzicht --out');
    expect(t.bot.fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('uploads the channel\'s stand van zaken as a Word file to the channel, in three steps', async () => {
    seedSample(t.bot);
    link(t.bot, 'SSZW', 'CSZW');
    const answer = await overzicht(t.bot);
    expect(answer.text).toBe('📎 Het overzicht staat in dit kanaal: stand-van-zaken-SSZW-2025-09-15.docx.');

    const [getUrl] = t.bot.fake.callsTo('files.getUploadURLExternal');
    expect(getUrl!.body).toMatchObject({ filename: 'stand-van-zaken-SSZW-2025-09-15.docx' });
    const [upload] = t.bot.fake.uploads();
    expect(upload!.bytes!.subarray(0, 2).toString()).toBe('PK');
    expect(Number(getUrl!.body.length)).toBe(upload!.bytes!.length);
    const [complete] = t.bot.fake.callsTo('files.completeUploadExternal');
    expect(complete!.body).toMatchObject({ channel_id: 'CSZW', files: [{ id: upload!.id, title: 'Stand van zaken moties en toezeggingen SSZW' }] });
    expect(String(complete!.body.initial_comment)).toBe('📎 Stand van zaken: 3 moties en 0 toezeggingen, opgevraagd door <@UALICE>.');

    // The open SSZW items of the sample, and nothing of other codes.
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(upload!.bytes!) });
    expect(value).toContain('SSZW Op dit moment werkt het ministerie van SZW aan het wetsvoorstel');
    expect(value).toContain('Kamerstukken II 2022/23, 34843, nr. 84.');
    expect(value).toContain('Kamerstukken II 2022/23, 35592, nr. 16.');
    expect(value).not.toContain('SOCW');
    expect(upload!.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('"alles" brings the done items along; codes can be given', async () => {
    seedSample(t.bot);
    link(t.bot, 'SOCW', 'CSZW');
    const answer = await overzicht(t.bot, 'SOCW alles');
    expect(answer.text).toContain('stand-van-zaken-SOCW-2025-09-15.docx');
    const complete = await waitFor(() => t.bot.fake.callsTo('files.completeUploadExternal')[0]);
    expect(String(complete.body.initial_comment)).toMatch(/^📎 Stand van zaken: 5 moties en 1 toezegging,/);
  });

  it('"afgerond" brings the done items only, as `/motie status afgerond` lists them (review 4 L6: it brought the open ones too)', async () => {
    seedSample(t.bot);
    link(t.bot, 'SOCW', 'CSZW');
    const done = listItems(t.bot.deps.db, { codes: ['SOCW'], status: 'done' });
    const moties = done.filter((i) => i.kind === 'motie').length;
    const toezeggingen = done.length - moties;
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(6);
    const answer = await overzicht(t.bot, 'SOCW afgerond');
    expect(answer.text).toContain('stand-van-zaken-SOCW-2025-09-15.docx');
    const complete = await waitFor(() => t.bot.fake.callsTo('files.completeUploadExternal')[0]);
    expect(String(complete.body.initial_comment)).toMatch(new RegExp(`^📎 Stand van zaken: ${moties} moties? en ${toezeggingen} toezegging(en)?,`));
  });

  it('says in Dutch when the bot may not post in the channel, and when a word is no code; nothing is shared', async () => {
    seedSample(t.bot);
    link(t.bot, 'SSZW', 'CSZW');
    link(t.bot, 'MFin', 'CSZW');
    t.bot.fake.failNext('files.completeUploadExternal', 'not_in_channel');
    expect((await overzicht(t.bot, 'SSZW')).text).toContain('ik ben geen lid van dit kanaal');
    expect(t.bot.logs.join('\n')).toContain('overview upload failed in CSZW: not_in_channel');
    const before = t.bot.fake.calls.length;
    expect((await overzicht(t.bot, 'XYZ')).text).toContain('“XYZ” is geen bewindspersoon of ministerie');
    expect((await overzicht(t.bot, 'MFin')).text).toContain('er is geen bestand gemaakt');
    expect(t.bot.fake.calls.slice(before).filter((c) => c.method.startsWith('files.'))).toEqual([]);
  });

  it('"rappel" uploads the draft answer to the Eerste Kamer\'s rappel, in its columns; without such toezeggingen it says so', async () => {
    link(t.bot, 'BZK', 'CSZW');
    expect((await overzicht(t.bot, 'rappel')).text).toContain('Er zijn geen openstaande of deels voldane toezeggingen aan de Eerste Kamer');
    const text = readFileSync(new URL('../../fixtures/layouts/ek-register/ek-rappel-bzk-2025.txt', import.meta.url), 'utf8');
    const read = readLayout({ format: 'text', text, blocks: linesOfText(text) }, { documentDate: '2025-07-02' });
    if (!read.ok) throw new Error(read.code);
    importItems(t.bot.deps.db, read.items, { sourceDocument: 'rappel.txt', documentDate: '2025-07-02', now: t.bot.deps.now().getTime() });
    const answer = await overzicht(t.bot, 'rappel');
    expect(answer.text).toBe('📎 Het overzicht staat in dit kanaal: rappel-eerste-kamer-BZK-2025-09-15.docx.');
    const complete = await waitFor(() => t.bot.fake.callsTo('files.completeUploadExternal')[0]);
    expect(String(complete.body.initial_comment)).toMatch(/^📎 Concept-antwoord op het rappel van de Eerste Kamer: 2 toezeggingen, opgevraagd door <@UALICE>\./);
    const [upload] = t.bot.fake.uploads();
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(upload!.bytes!) });
    for (const word of ['Nummer', 'Titel', 'Status', 'Deadline', 'Stand van zaken', 'Verwachte datum', 'T01153', 'T01237', 'openstaand']) expect(value).toContain(word);
  });

  describe('who may post which codes where (issue 22.13)', () => {
    it.each([
      ['codes of another channel', 'SOCW', 'In dit kanaal plaats ik alleen het overzicht van de bewindspersonen die eraan gekoppeld zijn; SOCW hoort hier niet bij. Er is geen bestand gemaakt.'],
      ['a whole ministry where only one code is linked', 'SZW', 'In dit kanaal plaats ik alleen het overzicht van de bewindspersonen die eraan gekoppeld zijn; SZW hoort hier niet bij. Er is geen bestand gemaakt.'],
      ['its own code with another', 'SSZW MOCW alles', 'In dit kanaal plaats ik alleen het overzicht van de bewindspersonen die eraan gekoppeld zijn; MOCW hoort hier niet bij. Er is geen bestand gemaakt.'],
    ])('a channel linked to SSZW gets no overview of %s; nothing is made or shared', async (_case, args, text) => {
      seedSample(t.bot);
      link(t.bot, 'SSZW', 'CSZW');
      expect((await overzicht(t.bot, args)).text).toBe(text);
      expect(t.bot.fake.calls.filter((c) => c.method.startsWith('files.'))).toEqual([]);
    });

    it('a channel linked to nothing gets no overview of every code (it did before); nothing is shared', async () => {
      seedSample(t.bot);
      expect((await overzicht(t.bot, '', 'CRANDOM')).text).toBe(
        'Dit kanaal is aan geen bewindspersoon gekoppeld, dus ik plaats hier geen overzicht. Koppel het kanaal met `/motie kanaal SOCW`, of vraag het overzicht in het kanaal van die bewindspersoon.',
      );
      expect((await overzicht(t.bot, 'SOCW alles', 'CRANDOM')).text).toContain('SOCW hoort hier niet bij');
      expect(t.bot.fake.calls.filter((c) => c.method.startsWith('files.'))).toEqual([]);
    });

    it('a channel linked to a ministry gets each of its codes', async () => {
      seedSample(t.bot);
      link(t.bot, 'OCW', 'CSZW');
      expect((await overzicht(t.bot, 'SOCW')).text).toContain('stand-van-zaken-SOCW-2025-09-15.docx');
    });
  });
});
