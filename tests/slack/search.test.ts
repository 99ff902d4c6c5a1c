// `/motie zoek` through signed requests: the FTS5 index finds the status text, every way of
// writing a Kamerstuk, words without their accents and parts of Dutch compounds.
import { describe, expect, it } from 'vitest';
import { updateItem } from '../../src/store/items.queries.ts';
import { addItem, expectAcked, reply, shownItemIds, useBot, type SlackTest } from './support.ts';

const t = useBot();

async function zoek(bot: SlackTest, query: string) {
  const posted = await bot.command(`zoek ${query}`);
  expectAcked(posted);
  return reply(bot, posted.responseId);
}

function seed(bot: SlackTest) {
  return {
    herstel: addItem(bot, {
      title: 'Herstelrecht bij seksueel grensoverschrijdend gedrag',
      text: 'verzoekt de regering na te gaan hoe herstelrecht kan worden meegenomen',
      submitters: ['Mutluer'],
      kamerstuk: { dossier: '34843', number: '79', vergaderjaar: '2022/23' },
      statusText: 'Op korte termijn start een pilot bij Perspectief Herstelbemiddeling. De pilot loopt tot april 2027.',
    }),
    grevio: addItem(bot, {
      title: 'GREVIO-aanbeveling digitale dimensie',
      text: 'verzoekt de regering in beeld te brengen wat er nodig is',
      submitters: ['Van der Laan'],
      kamerstuk: { dossier: '35925-VIII', number: '124', vergaderjaar: '2021/22' },
      statusText: 'De resultaten zijn gedeeld (Kamerstukken II 2023/24, 28345, nr. 269). Ook de campagne ‘Ben je oké?’ van Rutgers.',
    }),
    leraren: addItem(bot, { title: 'Leraren', text: 'verzoekt de regering het lerarentekort aan te pakken', submitters: ['Öztürk'] }),
  };
}

describe('/motie zoek (full-text search)', () => {
  it.each([
    ['34843-79', 'herstel'],
    ['34843, nr. 79', 'herstel'],
    ['34 843-79', 'herstel'],
    ['Kamerstukken II 2022/23, 34843, nr. 79', 'herstel'],
    ['35925-VIII, nr. 124', 'grevio'],
    ['Kamerstukken II 2021/22, 35925-VIII, nr. 124', 'grevio'],
    // A Kamerstuk the status text cites, written another way than in the text.
    ['28345-269', 'grevio'],
    ['Kamerstukken II 2023/24, 28345, nr. 269', 'grevio'],
  ] as const)('finds "%s" by its Kamerstuk', async (query, name) => {
    const ids = seed(t.bot);
    expect(shownItemIds((await zoek(t.bot, query)).blocks)).toEqual([ids[name].id]);
  });

  it.each([
    ['herstelbemiddeling', 'herstel'], // only in the status text
    ['pilot april 2027', 'herstel'],
    ['ben je oke', 'grevio'], // without the accent
    ['BEN JE OKÉ', 'grevio'],
    ['tekort', 'leraren'], // part of a compound
    ['ozturk', 'leraren'], // an indiener without the accents
    ['van der laan', 'grevio'],
  ] as const)('finds "%s" in the text, status text or indieners', async (query, name) => {
    const ids = seed(t.bot);
    expect(shownItemIds((await zoek(t.bot, query)).blocks)).toEqual([ids[name].id]);
  });

  it('does not confuse Kamerstukken: 34843-7 and 34843-790 are not 34843-79', async () => {
    seed(t.bot);
    const other = addItem(t.bot, { title: 'Ander stuk', kamerstuk: { dossier: '34843', number: '790', vergaderjaar: null } });
    expect(shownItemIds((await zoek(t.bot, '34843-790')).blocks)).toEqual([other.id]);
    expect((await zoek(t.bot, '34843-7')).text).toBe('Niets gevonden voor “34843-7”.');
  });

  it('finds a changed status text at once, and no longer the old one', async () => {
    const ids = seed(t.bot);
    updateItem(t.bot.deps.db, ids.leraren.id, { statusText: 'Brief met de uitkomsten volgt in maart.' }, 'UBOB', t.bot.deps.now().getTime());
    expect(shownItemIds((await zoek(t.bot, 'uitkomsten maart')).blocks)).toEqual([ids.leraren.id]);
    updateItem(t.bot.deps.db, ids.leraren.id, { statusText: 'Afgerond.' }, 'UBOB', t.bot.deps.now().getTime());
    expect((await zoek(t.bot, 'uitkomsten maart')).text).toContain('Niets gevonden');
  });

  it('asks for at least three characters, in Dutch, and searches nothing', async () => {
    seed(t.bot);
    expect((await zoek(t.bot, 'ab')).text).toContain('minstens 3 tekens');
  });
});
