// `/motie status` shows every open item (grouped, paged), its filters work, and the counts in
// every header (status, digest, Home) agree with the lists (issue 14 point 4, issue 16 point 4).
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { runDigest } from '../../src/scheduler/run-digest.ts';
import { createJobSlackClient } from '../../src/scheduler/slack-client.ts';
import { markDone } from '../../src/store/items.queries.ts';
import {
  addItem,
  allText,
  clickButton,
  codes,
  daysFromToday,
  expectAcked,
  findElement,
  link,
  reply,
  shownItemIds,
  term,
  useBot,
  waitFor,
  type Reply,
  type SlackTest,
} from './support.ts';

const t = useBot();

/** A channel linked to SOCW: 7 overdue, 6 due soon, 8 later, 5 without a term (date), 2 done; and another code. */
function seedChannel(bot: SlackTest) {
  link(bot, 'SOCW', 'COCW');
  const ids = { overdue: [] as number[], soon: [] as number[], later: [] as number[], none: [] as number[], done: [] as number[], other: [] as number[] };
  for (let i = 0; i < 7; i += 1) ids.overdue.push(addItem(bot, { title: `Te laat ${i}`, responsible: codes('SOCW'), deadline: term(daysFromToday(-70 + i)) }).id);
  for (let i = 0; i < 6; i += 1) ids.soon.push(addItem(bot, { kind: 'toezegging', title: `Binnenkort ${i}`, responsible: codes('SOCW'), deadline: term(daysFromToday(2 + i)) }).id);
  for (let i = 0; i < 8; i += 1) ids.later.push(addItem(bot, { title: `Later ${i}`, submitters: ['Öztürk'], responsible: codes('SOCW'), deadline: term(daysFromToday(60 + i)) }).id);
  for (let i = 0; i < 4; i += 1) ids.none.push(addItem(bot, { title: `Zonder termijn ${i}`, submitters: ['Van der Laan'], responsible: codes('SOCW'), deadline: null }).id);
  // "voor de zomer" without a date yet counts as without a term too.
  ids.none.push(addItem(bot, { title: 'Nog geen datum', responsible: codes('SOCW'), deadline: { ...term(null, 'na de evaluatie'), basis: 'estimate' } }).id);
  for (let i = 0; i < 2; i += 1) {
    const done = addItem(bot, { title: `Klaar ${i}`, responsible: codes('SOCW'), deadline: term(daysFromToday(-5)) });
    markDone(bot.deps.db, done.id, 'UBOB', bot.deps.now().getTime() - (2 - i) * 3_600_000);
    ids.done.push(done.id);
  }
  ids.other.push(addItem(bot, { title: 'Justitie', responsible: codes('MJenV'), deadline: null }).id);
  return ids;
}

async function command(bot: SlackTest, text: string, channel = 'COCW'): Promise<Reply> {
  const posted = await bot.command(text, { channel });
  expectAcked(posted);
  return reply(bot, posted.responseId);
}

/** Follows "Volgende" to the last page; returns every page. */
async function allPages(bot: SlackTest, first: Reply): Promise<Reply[]> {
  const pages = [first];
  for (let guard = 0; guard < 50; guard += 1) {
    const current = pages[pages.length - 1]!;
    if (!JSON.stringify(current.blocks).includes('status_page:next')) return pages;
    const click = await clickButton(bot, findElement(current.blocks!, 'status_page:next'), { ephemeral: true });
    expectAcked(click);
    pages.push(await reply(bot, click.responseId));
  }
  throw new Error('more than 50 pages');
}

const countsOf = (blocks: readonly KnownBlock[] | undefined) => {
  const m = /\*(\d+)\* open · \*(\d+)\* te laat · \*(\d+)\* binnen 4 weken · \*(\d+)\* later · \*(\d+)\* zonder termijn · \*(\d+)\* afgerond/.exec(allText(blocks));
  if (!m) throw new Error('no counts line');
  const [open, overdue, soon, later, noTerm, done] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return { open, overdue, soon, later, noTerm, done };
};

/** The heading counts of every group on a page: { 'Te laat': 7, … }. */
const headings = (blocks: readonly KnownBlock[] | undefined) =>
  Object.fromEntries([...allText(blocks).matchAll(/\*\S+ ([^*]+)\* \((\d+)\)/g)].map((m) => [m[1]!, Number(m[2])]));

describe('/motie status: every open item, grouped and paged', () => {
  it('lists all 26 open items of the channel over three pages, in group order, each once, and the counts add up', async () => {
    const ids = seedChannel(t.bot);
    const pages = await allPages(t.bot, await command(t.bot, 'status'));
    expect(pages).toHaveLength(3);
    const listed = pages.flatMap((p) => shownItemIds(p.blocks));
    expect(listed).toEqual([...ids.overdue, ...ids.soon, ...ids.later, ...ids.none]);
    const counts = countsOf(pages[0]!.blocks);
    expect(counts).toEqual({ open: 26, overdue: 7, soon: 6, later: 8, noTerm: 5, done: 2 });
    expect(counts.overdue + counts.soon + counts.later + counts.noTerm).toBe(counts.open);
    expect(headings(pages[0]!.blocks)).toEqual({ 'Te laat': 7, 'Binnen 4 weken': 6 });
    // Ten per page: page 2 starts with the 4th item due soon.
    expect(allText(pages[1]!.blocks)).toContain('*🟠 Binnen 4 weken* (6) — vervolg');
    expect(headings(pages[2]!.blocks)).toMatchObject({ 'Zonder termijn': 5 });
    for (const page of pages) expect(page.blocks!.length).toBeLessThanOrEqual(50);
  });

  it.each([
    ['status zonder termijn', 'none', 'zonder termijn'],
    ['status later', 'later', 'later'],
    ['status te laat', 'overdue', 'te laat'],
  ] as const)('"/motie %s" lists only that group', async (text, group, label) => {
    const ids = seedChannel(t.bot);
    const pages = await allPages(t.bot, await command(t.bot, text));
    expect(pages.flatMap((p) => shownItemIds(p.blocks))).toEqual(ids[group]);
    expect(allText(pages[0]!.blocks)).toContain(`Filter: ${label}`);
  });

  it('"/motie status moties" and "toezeggingen" split by kind, with counts of that kind', async () => {
    const ids = seedChannel(t.bot);
    const toezeggingen = await command(t.bot, 'status toezeggingen');
    expect(shownItemIds(toezeggingen.blocks)).toEqual(ids.soon);
    expect(countsOf(toezeggingen.blocks)).toMatchObject({ open: 6, overdue: 0, soon: 6, later: 0, noTerm: 0 });
    const moties = await allPages(t.bot, await command(t.bot, 'status moties'));
    expect(moties.flatMap((p) => shownItemIds(p.blocks))).toEqual([...ids.overdue, ...ids.later, ...ids.none]);
    expect(countsOf(moties[0]!.blocks).open).toBe(20);
  });

  it('"/motie status afgerond" lists the done items, most recently done first', async () => {
    const ids = seedChannel(t.bot);
    const done = await command(t.bot, 'status afgerond');
    expect(shownItemIds(done.blocks)).toEqual([...ids.done].reverse());
    expect(headings(done.blocks)).toEqual({ Afgerond: 2 });
    expect(JSON.stringify(done.blocks)).not.toContain('"item_done"');
  });

  it('"/motie status vervallen" lists the lapsed items, marked ⚪ vervallen (not ✅), and refuses a group of open items with it', async () => {
    seedChannel(t.bot);
    const lapsed = addItem(t.bot, { title: 'Niet meer nodig', responsible: codes('SOCW'), deadline: term(daysFromToday(-5)) });
    t.bot.deps.db.$client.prepare("UPDATE items SET status = 'lapsed' WHERE id = ?").run(lapsed.id);
    const list = await command(t.bot, 'status vervallen');
    expect(shownItemIds(list.blocks)).toEqual([lapsed.id]);
    expect(headings(list.blocks)).toEqual({ Vervallen: 1 });
    expect(allText(list.blocks)).toContain('⚪ vervallen');
    expect(allText(list.blocks)).not.toContain('✅');
    expect(allText(list.blocks)).toContain('Filter: vervallen');
    expect((await command(t.bot, 'status vervallen later')).text).toContain('`vervallen` gaat niet samen met');
  });

  it('filters by indiener, whatever the case or accents, and combines with a code and a group', async () => {
    const ids = seedChannel(t.bot);
    expect(shownItemIds((await command(t.bot, 'status ozturk')).blocks)).toEqual(ids.later.slice(0, 10));
    expect(shownItemIds((await command(t.bot, 'status indiener van der laan')).blocks)).toEqual(ids.none.slice(0, 4));
    expect(shownItemIds((await command(t.bot, 'status SOCW zonder termijn Laan')).blocks)).toEqual(ids.none.slice(0, 4));
    expect(shownItemIds((await command(t.bot, 'status MJenV Laan')).blocks)).toEqual([]);
  });

  it('refuses a word that is no code, filter or indiener, and "afgerond" with an open group, changing nothing', async () => {
    seedChannel(t.bot);
    expect((await command(t.bot, 'status Pietersen')).text).toContain('“Pietersen” is geen bewindspersoon of ministerie dat ik ken, en ook geen indiener');
    expect((await command(t.bot, 'status afgerond later')).text).toContain('`afgerond` gaat niet samen met');
  });

  it('keeps the filter on every page: "Volgende" of "/motie status moties" stays with moties', async () => {
    const ids = seedChannel(t.bot);
    const pages = await allPages(t.bot, await command(t.bot, 'status moties'));
    expect(pages).toHaveLength(2);
    expect(shownItemIds(pages[1]!.blocks)).toEqual([...ids.later.slice(3), ...ids.none]);
    expect(allText(pages[1]!.blocks)).toContain('Filter: alleen moties');
  });
});

describe('counts and lists agree everywhere (issue 16 point 4)', () => {
  it('the digest counts what /motie status lists, and its footer sends people to a list that has them all', async () => {
    const ids = seedChannel(t.bot);
    const slack = createJobSlackClient({ token: 'xoxb-test', apiUrl: t.bot.fake.url, timeoutMs: 2000 });
    const result = await runDigest({ db: t.bot.deps.db, slack, now: () => t.bot.deps.now() });
    expect(result.posted).toBe(1);
    const digest = t.bot.fake.callsTo('chat.postMessage').find((c) => c.body.channel === 'COCW')!.body;
    const m = /(\d+) te laat, (\d+) binnen 4 weken, \d+ afgerond, (\d+) zonder termijn/.exec(String(digest.text))!;
    const [overdue, soon, noTerm] = m.slice(1).map(Number);
    const footer = allText(digest.blocks as KnownBlock[]);
    expect(footer).toContain('Typ /motie status voor alle moties en toezeggingen van dit kanaal.');
    expect(footer).toContain(`${noTerm!} openstaande punten hebben nog geen termijn.`);

    // What the footer promises: /motie status in the same channel lists every item the digest counts.
    const pages = await allPages(t.bot, await command(t.bot, 'status'));
    const listed = new Set(pages.flatMap((p) => shownItemIds(p.blocks)));
    for (const id of [...ids.overdue, ...ids.soon, ...ids.none]) expect(listed.has(id), `#${id} listed`).toBe(true);
    const counts = countsOf(pages[0]!.blocks);
    expect({ overdue: counts.overdue, soon: counts.soon, noTerm: counts.noTerm }).toEqual({ overdue, soon, noTerm });
    const digestShown = shownItemIds(digest.blocks as KnownBlock[]);
    for (const id of digestShown) expect(listed.has(id)).toBe(true);
  });

  it('the Home tab counts each code in the four groups that /motie status lists', async () => {
    seedChannel(t.bot);
    await t.bot.event({ type: 'app_home_opened', user: 'UALICE', tab: 'home', channel: 'D1', event_ts: '1.1' });
    const publish = await waitFor(() => t.bot.fake.callsTo('views.publish')[0]);
    const home = allText((publish.body.view as { blocks: KnownBlock[] }).blocks);
    const socw = /\*SOCW\*\n(\d+) open: (\d+) te laat · (\d+) binnen 4 weken · (\d+) later · (\d+) zonder termijn/.exec(home)!;
    const [open, overdue, soon, later, noTerm] = socw.slice(1).map(Number);
    const status = countsOf((await command(t.bot, 'status SOCW')).blocks);
    expect({ open, overdue, soon, later, noTerm }).toEqual({ open: status.open, overdue: status.overdue, soon: status.soon, later: status.later, noTerm: status.noTerm });
    expect(overdue! + soon! + later! + noTerm!).toBe(open);
  });

  it('a day later the groups move (soon becomes overdue) and counts and lists still agree', async () => {
    seedChannel(t.bot);
    t.bot.setNow(new Date(`${daysFromToday(30)}T07:00:00Z`));
    const pages = await allPages(t.bot, await command(t.bot, 'status'));
    const counts = countsOf(pages[0]!.blocks);
    expect(pages.flatMap((p) => shownItemIds(p.blocks))).toHaveLength(counts.open);
    const seen: Record<string, number> = {};
    for (const p of pages) Object.assign(seen, headings(p.blocks));
    const groups = { 'Te laat': counts.overdue, 'Binnen 4 weken': counts.soon, Later: counts.later, 'Zonder termijn': counts.noTerm };
    expect(seen).toEqual(Object.fromEntries(Object.entries(groups).filter(([, n]) => n > 0)));
    expect(counts.overdue).toBe(13); // the 6 that were due soon are overdue now
  });
});
