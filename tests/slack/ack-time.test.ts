// The slash command is acknowledged within Slack's 3 seconds with 100,000 items in the database,
// and the answer still arrives. The bound is Slack's contract (a later ack is an error the user
// sees), not a performance target: how fast it is belongs to `npm run bench` (status.bench.ts).
// What keeps the ack independent of the number of items is its place: the bot acknowledges before
// it reads a single item. So this records, in order, the bot's HTTP answers (the ack) and the
// statements its connection executes that touch the items, and asserts that order; no clock.
import type { ServerResponse } from 'node:http';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { expectCleanTraffic, link, reply, seedBulk, shownItemIds, startBot, waitFor, type BulkItem, type SlackTest } from './support.ts';

const N = 100_000;
const CODES = ['SOCW', 'MOCW', 'SSZW', 'MSZW', 'MVWS', 'MJenV', 'SJenV', 'MBZK', 'MIenW', 'MFin', 'MEZ', 'MLVVN', 'MDef', 'MBZ', 'MAZ', 'MKGG'];

function* realisticItems(): Generator<BulkItem> {
  const start = Date.UTC(2022, 0, 1);
  for (let i = 0; i < N; i += 1) {
    // Deadlines spread over 2022–2027; a tenth without a term; most older items done.
    const deadline = i % 10 === 0 ? null : new Date(start + ((i * 7919) % (6 * 365)) * 86_400_000).toISOString().slice(0, 10);
    const status = deadline !== null && deadline < '2025-06-01' && i % 4 !== 0 ? 'done' : i % 97 === 0 ? 'lapsed' : 'open';
    const codes = i % 5 === 0 ? [CODES[i % CODES.length]!, CODES[(i + 3) % CODES.length]!] : [CODES[i % CODES.length]!];
    yield {
      kind: i % 3 === 0 ? 'toezegging' : 'motie',
      title: `Onderwerp ${i}: de Kamer informeren over de voortgang`,
      text: `verzoekt de regering de Kamer uiterlijk te informeren over onderwerp ${i}`,
      submitters: i % 2 === 0 ? ['Mutluer'] : ['Van der Laan', 'Paternotte'],
      kamerstuk: { dossier: String(30000 + (i % 7000)), number: String(i % 300), vergaderjaar: '2024/25' },
      status,
      deadline,
      codes,
    };
  }
}

/** What happened, in order: 'ack' (the bot answered a request over HTTP) or 'items' (it read them). */
const events: string[] = [];

/** Statement methods that execute (better-sqlite3): what the bot runs, whenever it was prepared. */
const EXECUTING = ['run', 'get', 'all', 'iterate'] as const;

/**
 * Records the bot's HTTP answers and every statement on the items its connection executes, in
 * `events`. Executions, not preparations: the store keeps prepared statements (db.ts `prepared`),
 * and one prepared before the recording started would otherwise read the items unseen. Gives the
 * function that undoes the recording.
 */
function recordEvents(db: TempDb, bot: SlackTest): () => void {
  const client = db.db.$client;
  const statement = Object.getPrototypeOf(client.prepare('SELECT 1')) as Record<(typeof EXECUTING)[number], (this: Database.Statement, ...args: unknown[]) => unknown>;
  const originals = EXECUTING.map((name) => [name, statement[name]] as const);
  for (const [name, original] of originals) {
    statement[name] = function (this: Database.Statement, ...args: unknown[]) {
      if (this.database === client && /\bitems/.test(this.source)) events.push('items');
      return original.apply(this, args);
    };
  }
  bot.server.prependListener('request', (_req, res: ServerResponse) => {
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      events.push('ack');
      return end(...args);
    }) as typeof res.end;
  });
  return () => {
    for (const [name, original] of originals) statement[name] = original;
  };
}

describe('acknowledging /motie with 100,000 items', () => {
  let db: TempDb;
  let bot: SlackTest;
  let stopRecording: () => void = () => undefined;

  beforeAll(async () => {
    db = openTempDb();
    const started = performance.now();
    seedBulk(db.db, realisticItems());
    console.info(`seeded ${N} items in ${Math.round(performance.now() - started)} ms`);
    bot = await startBot({ db });
    link(bot, 'SOCW', 'COCW');
    stopRecording = recordEvents(db, bot);
  }, 120_000);

  afterAll(async () => {
    stopRecording();
    expectCleanTraffic(bot);
    await bot.close();
    db.cleanup();
  });

  it('has the 100,000 items', () => {
    expect(db.db.$client.prepare('SELECT count(*) FROM items').pluck().get()).toBe(N);
  });

  it.each(['status', 'status alles', 'status OCW', 'zoek onderwerp 4242', 'help'])('"/motie %s" is acknowledged before any item is read, and answered', async (text) => {
    events.length = 0;
    const posted = await bot.command(text);
    expect(posted.status).toBe(200);
    const answer = await reply(bot, posted.responseId, 0, 30_000);
    expect(answer.text.length).toBeGreaterThan(10);
    expect(events[0]).toBe('ack');
    if (text.startsWith('status') || text.startsWith('zoek')) expect(events.slice(1)).toContain('items');
    if (text.startsWith('status')) expect(shownItemIds(answer.blocks)).toHaveLength(10);
  });

  it('the Home tab is acknowledged before any item is read, and published', async () => {
    events.length = 0;
    const posted = await bot.event({ type: 'app_home_opened', user: 'UALICE', channel: 'D1', tab: 'home' });
    expect(posted.status).toBe(200);
    const call = await waitFor(() => bot.fake.callsTo('views.publish')[0], 30_000);
    expect(call.body.user_id).toBe('UALICE');
    expect(events[0]).toBe('ack');
    expect(events.slice(1)).toContain('items');
  });
});
