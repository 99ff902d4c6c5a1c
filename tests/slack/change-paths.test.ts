// Issue 14 point 6 for every way an item changes in Slack: the "Afgerond" button, "Ongedaan
// maken", the term modal, `/motie termijn` and its "Toch opslaan" button, and the slash commands.
// Each posts one short line in the item's channel (in the thread of the latest digest) and brings
// the recent bot messages that show the item up to date (chat.update), through signed requests
// against the fake Web API. A retried request never posts the line twice. And no listener can
// change an item without this: Slack runs a changing use case only through SlackChanges.run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { slackActor } from '../../src/domain/actor.ts';
import type { ChatClient } from '../../src/slack/announce-change.ts';
import { buildReminder } from '../../src/slack/blocks/reminder.ts';
import { SlackChanges } from '../../src/slack/changes.ts';
import { editItem, markItemDone } from '../../src/app/index.ts';
import { lapseItem } from '../../src/verbs/vervallen/lapse-item.ts';
import { reopenItem } from '../../src/verbs/heropen/reopen-item.ts';
import { getItem } from '../../src/store/items.queries.ts';
import { claimSend, markSent } from '../../src/store/sent-log.queries.ts';
import { addItem, allText, clickButton, codes, findElement, link, reply, term, TODAY, useBot, waitFor, type SlackTest } from './support.ts';

const t = useBot({ admins: ['UADMIN'] });
const DIGEST_TS = '1757900000.000100';
const REMINDER_TS = '1757900000.000200';

function calls(method: string): Record<string, unknown>[] {
  return t.bot.fake.callsTo(method).map((c) => c.body);
}

/** Blocks as recorded: a JSON body carries an array, a form body a JSON string. */
function blocksOf(raw: unknown): KnownBlock[] {
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as KnownBlock[];
}

/** Records a message as posted by an earlier run (a digest, or a reminder about the item). */
function posted(what: string, itemId: number, ts: string, dueDate = TODAY): void {
  const key = { what, itemId, channelId: 'COCW', dueDate };
  const at = t.bot.deps.now().getTime() - 60_000;
  claimSend(t.bot.deps.db, key, at);
  markSent(t.bot.deps.db, key, ts, at);
}

/** An overdue item in #ocw, today's digest and a reminder about it, as the scheduler sent them. */
function overdueItem(bot: SlackTest) {
  link(bot, 'SOCW', 'COCW');
  const item = addItem(bot, { responsible: codes('SOCW'), deadline: term('2025-09-01'), title: 'Herstelrecht' });
  posted('digest', 0, DIGEST_TS);
  posted('overdue', item.id, REMINDER_TS, '2025-09-08');
  const reminder = buildReminder({ item, days: -14, today: TODAY });
  return { item, reminder: { ts: REMINDER_TS, text: reminder.text, blocks: reminder.blocks } };
}

/** Waits until the announcement of one change is through: its line and its chat.updates. */
async function announced(lines: number, updates: number): Promise<void> {
  await waitFor(() => calls('chat.postMessage').length >= lines && calls('chat.update').length >= updates);
}

async function submitTermModal(bot: SlackTest, itemId: number, value: string) {
  return bot.viewSubmission({
    user: { id: 'UALICE', username: 'alice', team_id: 'T1' },
    view: {
      id: 'VTERM',
      type: 'modal',
      callback_id: 'term_modal',
      private_metadata: JSON.stringify({ channelId: 'COCW', itemId }),
      hash: 'h1',
      state: { values: { term: { term_input: { type: 'plain_text_input', value } } } },
    },
  });
}

describe('"Afgerond" and "Ongedaan maken" buttons', () => {
  it('done on a reminder: one line in the digest\'s thread, the digest drawn again without the item as overdue, the clicked reminder left to the click', async () => {
    const { item, reminder } = overdueItem(t.bot);
    const click = await clickButton(t.bot, findElement(reminder.blocks, 'item_done', item.id), { message: reminder, user: 'UBOB' });
    const answer = await reply(t.bot, click.responseId);
    expect(answer.replace_original).toBe(true);
    await announced(1, 1);
    const lines = calls('chat.postMessage');
    expect(lines).toEqual([expect.objectContaining({ channel: 'COCW', thread_ts: DIGEST_TS })]);
    expect(String(lines[0]!.text)).toContain(`✅ #${item.id} *Herstelrecht* is afgerond door <@UBOB>`);
    // The digest that still showed it as overdue is updated; the reminder was redrawn by the click itself.
    const updates = calls('chat.update');
    expect(updates.map((u) => u.ts)).toEqual([DIGEST_TS]);
    expect(String(updates[0]!.text)).toMatch(/0 te laat/);
    expect(allText(blocksOf(updates[0]!.blocks))).toContain('Herstelrecht');
  });

  it('a click sent again (a retry) changes nothing and posts no second line', async () => {
    const { item, reminder } = overdueItem(t.bot);
    const button = findElement(reminder.blocks, 'item_done', item.id);
    await reply(t.bot, (await clickButton(t.bot, button, { message: reminder })).responseId);
    await announced(1, 1);
    const again = await clickButton(t.bot, button, { message: reminder });
    expect((await reply(t.bot, again.responseId)).text).toContain('was al afgerond');
    expect(calls('chat.postMessage')).toHaveLength(1);
  });

  it('undo: a "weer open" line, and the digest shows the item as overdue again', async () => {
    const { item, reminder } = overdueItem(t.bot);
    const done = await reply(t.bot, (await clickButton(t.bot, findElement(reminder.blocks, 'item_done', item.id), { message: reminder })).responseId);
    await announced(1, 1);
    const undo = await clickButton(t.bot, findElement(done.blocks!, 'item_undo', item.id), { message: { ...reminder, blocks: done.blocks! }, user: 'UBOB' });
    await reply(t.bot, undo.responseId);
    await announced(2, 2);
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('open');
    const lines = calls('chat.postMessage');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ channel: 'COCW', thread_ts: DIGEST_TS });
    expect(String(lines[1]!.text)).toContain(`↩️ #${item.id} *Herstelrecht* staat weer open (heropend door <@UBOB>)`);
    const digest = calls('chat.update')[1]!;
    expect(digest.ts).toBe(DIGEST_TS);
    expect(String(digest.text)).toMatch(/1 te laat/);
  });

  it('done from an ephemeral status answer: the digest and the reminder are both updated', async () => {
    const { item, reminder } = overdueItem(t.bot);
    const click = await clickButton(t.bot, findElement(reminder.blocks, 'item_done', item.id), { ephemeral: true });
    await reply(t.bot, click.responseId);
    await announced(1, 2);
    expect(calls('chat.update').map((u) => u.ts).sort()).toEqual([DIGEST_TS, REMINDER_TS]);
    expect(allText(blocksOf(calls('chat.update').find((u) => u.ts === REMINDER_TS)!.blocks))).toContain('afgerond');
  });
});

describe('the term', () => {
  it('the term modal: one line with the new term, and the digest updated', async () => {
    const { item } = overdueItem(t.bot);
    const ack = await submitTermModal(t.bot, item.id, '1 december 2025');
    expect(ack.json).toMatchObject({ response_action: 'update' });
    await announced(1, 2);
    const lines = calls('chat.postMessage');
    expect(lines).toEqual([expect.objectContaining({ channel: 'COCW', thread_ts: DIGEST_TS })]);
    expect(String(lines[0]!.text)).toContain(`🗓 De termijn van #${item.id} *Herstelrecht* is nu`);
    expect(String(lines[0]!.text)).toContain('1 december 2025');
    const digest = calls('chat.update').find((u) => u.ts === DIGEST_TS)!;
    expect(String(digest.text)).toMatch(/0 te laat/);
  });

  it('the same term sent again in the modal posts no second line', async () => {
    const { item } = overdueItem(t.bot);
    await submitTermModal(t.bot, item.id, '1 december 2025');
    await announced(1, 2);
    await submitTermModal(t.bot, item.id, '1 december 2025');
    await announced(1, 4);
    expect(calls('chat.postMessage')).toHaveLength(1);
  });

  it('/motie termijn: one line and the updates', async () => {
    const { item } = overdueItem(t.bot);
    const res = await t.bot.command(`termijn ${item.id} eind december 2025`);
    expect((await reply(t.bot, res.responseId)).text).toContain('aangepast');
    await announced(1, 2);
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(String(calls('chat.postMessage')[0]!.text)).toContain(`De termijn van #${item.id}`);
    expect(calls('chat.update').map((u) => u.ts).sort()).toEqual([DIGEST_TS, REMINDER_TS]);
  });

  it('"Toch opslaan" for a term in the past: nothing is posted before, one line after', async () => {
    const { item } = overdueItem(t.bot);
    const res = await t.bot.command(`termijn ${item.id} 1 januari 2020`);
    const question = await reply(t.bot, res.responseId);
    expect(calls('chat.postMessage')).toHaveLength(0);
    const click = await clickButton(t.bot, findElement(question.blocks!, 'term_confirm_past'), { ephemeral: true });
    expect((await reply(t.bot, click.responseId)).text).toContain('aangepast');
    await announced(1, 2);
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(String(calls('chat.postMessage')[0]!.text)).toContain('1 januari 2020');
  });
});

describe('SlackChanges (the one way the adapter changes an item)', () => {
  function recorder(): { client: ChatClient; posts: { channel: string; text: string }[] } {
    const posts: { channel: string; text: string }[] = [];
    return {
      posts,
      client: {
        chat: {
          postMessage: (args) => {
            posts.push({ channel: args.channel, text: args.text });
            return Promise.resolve({ ok: true, ts: `1.${posts.length}` });
          },
          update: () => Promise.resolve({ ok: true }),
        },
      },
    };
  }
  const who = { actor: slackActor('UALICE'), channelId: 'COCW', context: { via: 'modal' } };

  it('announces nothing before announce(), and an edit of several fields names them', async () => {
    link(t.bot, 'SOCW', 'COCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), title: 'Oud' });
    const { client, posts } = recorder();
    const changes = new SlackChanges(t.bot.deps, client);
    expect(changes.run(editItem, item.id, { title: 'Nieuw', statusText: 'Brief volgt.' }, who).ok).toBe(true);
    expect(posts).toEqual([]);
    await changes.announce();
    expect(posts).toEqual([{ channel: 'COCW', text: `✏️ #${item.id} *Nieuw* is bijgewerkt door <@UALICE>: titel en stand van zaken.` }]);
    await changes.announce();
    expect(posts).toHaveLength(1);
  });

  it('notes nothing for a refused or empty change', () => {
    link(t.bot, 'SOCW', 'COCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    const changes = new SlackChanges(t.bot.deps, recorder().client);
    changes.run(reopenItem, item.id, who); // not done
    changes.run(editItem, item.id, { title: item.title }, who); // unchanged
    changes.run(markItemDone, item.id, { ...who, channelId: 'CELDERS' }); // not allowed there
    expect(changes.noted).toBe(0);
  });

  it('a line that Slack refused is posted by the next announcement of the same change, once', async () => {
    link(t.bot, 'SOCW', 'COCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    const { client, posts } = recorder();
    let fail = true;
    const flaky: ChatClient = {
      chat: {
        postMessage: (args) => (fail ? Promise.reject(Object.assign(new Error('ratelimited'), { data: { error: 'ratelimited' } })) : client.chat.postMessage(args)),
        update: (args) => client.chat.update(args),
      },
    };
    const first = new SlackChanges(t.bot.deps, flaky);
    first.run(lapseItem, item.id, who);
    await first.announce();
    expect(posts).toHaveLength(0);
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('lapsed'); // the change itself stands
    fail = false;
    // The same change announced again (as a retry does): posted now, and only once.
    const { announceChange } = await import('../../src/slack/announce-change.ts');
    const change = { kind: 'lapsed' as const, item: getItem(t.bot.deps.db, item.id)!, actor: 'UALICE' };
    await announceChange(t.bot.deps, flaky, change);
    await announceChange(t.bot.deps, flaky, change);
    expect(posts).toHaveLength(1);
  });
});

describe('no Slack path can change an item without telling the team', () => {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const root = join(src, 'slack');
  const verbs = join(src, 'verbs');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  /** The changing use cases: every function that declares what it announces (`name.announces = …`). */
  const CHANGING = files(src).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^(\w+)\.announces = /gm)].map((m) => m[1]!));

  /** The uses of a changing use case in a module other than through `changes.run(useCase, …)`. */
  function directUses(source: string): string[] {
    const code = source
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/^import [\s\S]*? from '[^']*';$/gm, '');
    return CHANGING.filter((name) => {
      const uses = [...code.matchAll(new RegExp(`(?<![.\\w])${name}\\b`, 'g'))].filter((m) => !code.slice(0, m.index).endsWith('typeof '));
      const viaRun = [...code.matchAll(new RegExp(`\\.run\\(\\s*${name}\\s*,`, 'g'))];
      return uses.length !== viaRun.length;
    });
  }

  it('finds the changing use cases by their declaration', () => {
    expect(CHANGING.sort()).toEqual(
      ['addItem', 'answerProposal', 'deleteItem', 'editItem', 'editItemGuarded', 'holdItem', 'lapseItem', 'markItemDone', 'reopenItem', 'restoreItem', 'setTerm'].sort(),
    );
  });

  it('Slack (the verbs\' Slack answers included) runs a changing use case only through changes.run', () => {
    const slackFiles = [...files(root), ...files(verbs).filter((f) => f.endsWith('/slack.ts'))];
    expect(slackFiles.some((f) => f.startsWith(verbs))).toBe(true);
    const offenders = slackFiles.filter((f) => !f.endsWith('/changes.ts')).flatMap((file) => directUses(readFileSync(file, 'utf8')).map((name) => `${file}: ${name}`));
    expect(offenders).toEqual([]);
  });

  it('the check finds a direct call, and lets a run, a type and a comment pass', () => {
    const header = "import { markItemDone, type ChangeRequest } from '../../../app/index.ts';\n";
    expect(directUses(`${header}const r = markItemDone(deps, 1, request);`)).toEqual(['markItemDone']);
    expect(directUses(`${header}const f = markItemDone;\nchanges.run(f, 1, request);`)).toEqual(['markItemDone']);
    expect(directUses(`${header}// markItemDone marks it done\nconst r = changes.run(markItemDone, 1, request);\ntype O = Parameters<typeof markItemDone>[3];`)).toEqual([]);
  });
});
