// One VERBS list gives each verb both adapters and both help lines, and the two adapters read the
// same words alike (the drift of issue 29: `aanhouden 12 stop|niet meer` worked in Slack only).
import { describe, expect, it } from 'vitest';
import { SUBCOMMAND_NAMES } from '../../src/slack/listeners/commands/index.ts';
import { commands } from '../../src/cli/registry.ts';
import { listLinks } from '../../src/store/channels.queries.ts';
import { createItem, getItem } from '../../src/store/items.queries.ts';
import { VERBS, type Verb } from '../../src/verbs/index.ts';
import { newItem, openTempDb } from '../helpers/db.ts';
import { runCli } from '../helpers/run-cli.ts';
import { addItem, codes, link, reply, useBot } from '../slack/support.ts';

describe('VERBS', () => {
  it('gives every verb a Slack subcommand, a CLI command with its spec (all but status), and a line in both help texts', async () => {
    const cliHelp = (await runCli(['help'])).out;
    const verbs: [string, Verb][] = Object.entries(VERBS);
    expect(SUBCOMMAND_NAMES).toEqual(verbs.map(([name]) => name));
    expect(verbs.filter(([, verb]) => !verb.cli).map(([name]) => name)).toEqual(['status']);
    for (const [name, verb] of verbs) {
      expect(verb.slackHelp).toContain(`/motie ${name}`);
      expect(typeof (await verb.code.slack())).toBe('function');
      if (!verb.cli || !verb.code.cli) continue;
      const command = commands.find((c) => c.name === name);
      expect(command).toMatchObject(verb.cli);
      expect(cliHelp).toContain(verb.cli.usage);
      expect(typeof (await verb.code.cli())).toBe('function');
    }
  });
});

describe('aanhouden reads the same words in Slack and on the command line', () => {
  const t = useBot();

  it.each(['uit', 'stop', 'niet meer'])('`aanhouden 12 %s` ends the hold in both', async (word) => {
    link(t.bot, 'SOCW');
    const slackItem = addItem(t.bot, { responsible: codes('SOCW') });
    await reply(t.bot, (await t.bot.command(`aanhouden ${slackItem.id} tot 1 december 2025`)).responseId);
    expect(getItem(t.bot.deps.db, slackItem.id)!.onHoldUntil).toBe('2025-12-01');
    await reply(t.bot, (await t.bot.command(`aanhouden ${slackItem.id} ${word}`)).responseId);
    expect(getItem(t.bot.deps.db, slackItem.id)!.onHoldUntil).toBeNull();

    const db = openTempDb();
    try {
      const item = createItem(db.db, newItem(), 'import', Date.UTC(2025, 8, 1));
      expect((await runCli(['aanhouden', String(item.id), '1 december 2025'], { dbPath: db.path })).code).toBe(0);
      expect(getItem(db.db, item.id)!.onHoldUntil).toBe('2025-12-01');
      const ended = await runCli(['aanhouden', String(item.id), ...word.split(' '), '--json'], { dbPath: db.path });
      expect(ended.err).toBe('');
      expect(ended.code).toBe(0);
      expect(JSON.parse(ended.out)).toMatchObject({ onHoldUntil: null });
    } finally {
      db.cleanup();
    }
  });
});

describe('stand reads the same words in Slack and on the command line', () => {
  it('`motie stand 12` shows the stand van zaken and `motie stand 12 leeg` clears it, as /motie stand does', async () => {
    const db = openTempDb();
    try {
      const item = createItem(db.db, newItem(), 'import', Date.UTC(2025, 8, 1));
      expect((await runCli(['stand', String(item.id), 'Brief in voorbereiding.'], { dbPath: db.path })).code).toBe(0);
      const shown = await runCli(['stand', String(item.id)], { dbPath: db.path });
      expect(shown).toMatchObject({ code: 0, err: '' });
      expect(shown.out).toContain('Brief in voorbereiding.');
      expect(getItem(db.db, item.id)!.statusText).toBe('Brief in voorbereiding.');
      const cleared = await runCli(['stand', String(item.id), 'leeg'], { dbPath: db.path });
      expect(cleared.code).toBe(0);
      expect(cleared.out).toContain('leeggemaakt');
      expect(getItem(db.db, item.id)!.statusText ?? '').toBe('');
    } finally {
      db.cleanup();
    }
  });
});

describe('zoek and kanaal read the same words in Slack and on the command line', () => {
  it('`motie zoek` without words asks what to search for, as /motie zoek does', async () => {
    const db = openTempDb();
    try {
      const missing = await runCli(['zoek'], { dbPath: db.path });
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('Waar zoek je naar?');
    } finally {
      db.cleanup();
    }
  });

  it('`motie kanaal` takes several codes and `los` as /motie kanaal does, the channel id last', async () => {
    const db = openTempDb();
    try {
      const linked = await runCli(['kanaal', 'SOCW,', 'MOCW', 'C0123ABCD'], { dbPath: db.path });
      expect(linked).toMatchObject({ code: 0, err: '' });
      expect(linked.out.split('\n')).toEqual(['SOCW is gekoppeld aan C0123ABCD.', 'MOCW is gekoppeld aan C0123ABCD.']);
      const shown = await runCli(['kanaal', 'C0123ABCD'], { dbPath: db.path });
      expect(shown.code).toBe(0);
      expect(shown.out).toContain('SOCW');
      expect(shown.out).toContain('MOCW');
      const unlinked = await runCli(['kanaal', 'los', 'SOCW', 'C0123ABCD'], { dbPath: db.path });
      expect(unlinked).toMatchObject({ code: 0, out: 'SOCW is losgekoppeld van C0123ABCD.' });
      expect((await runCli(['kanaal', 'C0123ABCD'], { dbPath: db.path })).out).not.toContain('SOCW');
      expect(await runCli(['kanaal', 'SOCW', 'xyz', 'C0123ABCD'], { dbPath: db.path })).toMatchObject({ code: 2 });
    } finally {
      db.cleanup();
    }
  });
});

describe('kanaal refuses more codes than it takes (review 4 L8: the 21st and later were dropped silently)', () => {
  const MANY = ['SOCW', 'MOCW', 'SSZW', 'MSZW', 'MVWS', 'SVWS', 'MJenV', 'SJenV', 'MBZK', 'SBZK', 'MIenW', 'SIenW', 'MFin', 'SFin', 'MEZ', 'MLVVN', 'SLVVN', 'MDef', 'SDef', 'MBZ', 'SBZ', 'MKGG'];
  const t = useBot({ admins: ['UADMIN'] });

  it('/motie kanaal with 22 codes links none and says the limit', async () => {
    const answer = await reply(t.bot, (await t.bot.command(`kanaal ${MANY.join(' ')}`, { user: 'UADMIN' })).responseId);
    expect(answer.text).toBe('Koppel of ontkoppel hoogstens 20 bewindspersonen of ministeries tegelijk; er is niets veranderd.');
    expect(listLinks(t.bot.deps.db)).toEqual([]);
  });

  it('`motie kanaal` with 22 codes links none and says the limit', async () => {
    const db = openTempDb();
    try {
      const refused = await runCli(['kanaal', ...MANY, 'C0123ABCD'], { dbPath: db.path });
      expect(refused).toMatchObject({ code: 2, out: '', err: 'Hoogstens 20 bewindspersonen of ministeries tegelijk; er is niets gekoppeld of ontkoppeld.' });
      expect(listLinks(db.db)).toEqual([]);
    } finally {
      db.cleanup();
    }
  });
});
