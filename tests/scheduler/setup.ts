// A temp database with items and channel links, a fake Slack and a job client pointed at it.
import type { Actor } from '../../src/domain/actor.ts';
import type { WebClient } from '@slack/web-api';
import { parseTarget } from '../../src/domain/codes.ts';
import type { Pace, SlackPoster } from '../../src/outbox/send.ts';
import { createJobSlackClient } from '../../src/scheduler/slack-client.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import type { Db } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';

export interface JobWorld {
  t: TempDb;
  db: Db;
  fake: FakeSlack;
  slack: WebClient;
  close: () => Promise<void>;
}

export async function jobWorld(): Promise<JobWorld> {
  const t = openTempDb();
  const fake = await startFakeSlack();
  const slack = createJobSlackClient({ token: 'xoxb-test', apiUrl: fake.url, timeoutMs: 2000 });
  return {
    t,
    db: t.db,
    fake,
    slack,
    close: async () => {
      await fake.close();
      t.cleanup();
    },
  };
}

export function link(db: Db, target: string, channelId: string, by: Actor = 'U0LINKER'): void {
  insertChannelLink(db, parseTarget(target)!, channelId, by, 0);
}

/** An open item for `code` with a deadline on `deadline`. */
export function addItem(db: Db, code: string, deadline: string | null, title = `Motie over ${code} ${String(deadline)}`): number {
  const target = parseTarget(code)!;
  const ministry = target.ministry;
  return createItem(
    db,
    newItem({
      title,
      responsible: [{ code: target.kind === 'code' ? target.code : `M${ministry}`, ministry }],
      deadline: deadline
        ? { earliest: null, deadline, text: `uiterlijk ${deadline}`, basis: 'explicit', soft: false, source: 'request' }
        : null,
    }),
    'import',
    0,
  ).id;
}

export function sentRows(db: Db): { what: string; item_id: number; channel_id: string; due_date: string; state: string; attempts: number; last_error: string | null; message_ts: string | null }[] {
  return db.$client.prepare('SELECT * FROM sent_log ORDER BY id').all() as never;
}

/** The header text of a recorded chat.postMessage. */
export function headerOf(body: Record<string, unknown>): string | undefined {
  const blocks = body.blocks as { type: string; text?: { text: string } }[] | undefined;
  return blocks?.find((b) => b.type === 'header')?.text?.text;
}

/** The ids of the items a recorded chat.postMessage shows (its item rows), in order. */
export function itemsOf(body: Record<string, unknown>): number[] {
  const blocks = (body.blocks as { block_id?: string }[] | undefined) ?? [];
  return blocks.map((b) => /^item:(\d+):text$/.exec(b.block_id ?? '')).filter((m) => m !== null).map((m) => Number(m[1]));
}

export interface MemoryPost {
  channel: string;
  text: string;
  /** The pace's time when the post was asked for. */
  at: number;
}

/**
 * A Slack poster in memory, without HTTP: it records every post with the pace's time and accepts
 * it. It answers after a microtask, or with `macrotask` after the event loop's next turn (so that
 * posts of several channels are in flight at the same time).
 */
export function memoryPoster(pace: Pace, options: { macrotask?: boolean } = {}): { posts: MemoryPost[]; slack: SlackPoster } {
  const posts: MemoryPost[] = [];
  const slack: SlackPoster = {
    chat: {
      postMessage: async (args) => {
        posts.push({ channel: args.channel, text: args.text, at: pace.tick() });
        const ts = `1700000000.${String(posts.length).padStart(6, '0')}`;
        if (options.macrotask) await new Promise((resolve) => setImmediate(resolve));
        else await Promise.resolve();
        return { ok: true, ts };
      },
    },
  };
  return { posts, slack };
}
