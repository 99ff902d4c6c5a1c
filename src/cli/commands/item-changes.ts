// motie stand | trekker | vervallen | aanhouden | verwijder | herstel: the same use cases as Slack,
// with `--json` printing the item as it is after the change.
import { deleteItem, editItem, holdItem, lapseItem, restoreItem } from '../../app/index.ts';
import { cliActor } from '../../domain/actor.ts';
import { parseItemId } from '../../domain/item-id.ts';
import type { Item } from '../../domain/items.ts';
import { withApp } from '../db.ts';
import { toItemDetailJson } from '../item-json.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand, CliIo, ParsedArgs } from '../types.ts';

const NOT_FOUND = (id: number) => `Er is geen motie of toezegging met nummer ${id}.`;

function idOf(args: ParsedArgs, io: CliIo, usage: string): number | null {
  const id = parseItemId(args.positional[0]);
  if (id === null) io.err(`Geef het nummer van een motie of toezegging, bijvoorbeeld: ${usage}`);
  return id;
}

function requestOf(args: ParsedArgs) {
  return { actor: cliActor(typeof args.flags.door === 'string' ? args.flags.door : null), context: { via: 'cli' } };
}

function done(args: ParsedArgs, io: CliIo, item: Item, line: string): number {
  io.out(args.flags.json ? JSON.stringify(toItemDetailJson(item), null, 2) : line);
  return 0;
}

export const standCommand: CliCommand = {
  ...SPECS.stand,
  run: (args, io) => {
    const id = idOf(args, io, 'motie stand 12 "De brief gaat in maart naar de Kamer."');
    if (id === null) return 2;
    const text = args.positional.slice(1).join(' ');
    return withApp(io, (ctx) => {
      const result = editItem(ctx, id, { statusText: text }, requestOf(args));
      if (!result.ok) {
        io.err(result.code === 'EDIT_INVALID' ? 'De stand van zaken is te lang (hoogstens 10.000 tekens).' : NOT_FOUND(id));
        return 1;
      }
      return done(args, io, result.item, result.code === 'ITEM_UNCHANGED' ? `Er is niets veranderd aan #${id}.` : `De stand van zaken van #${id} is bijgewerkt.`);
    });
  },
};

export const trekkerCommand: CliCommand = {
  ...SPECS.trekker,
  run: (args, io) => {
    const id = idOf(args, io, 'motie trekker 12 U0123ABCD');
    if (id === null) return 2;
    const raw = (args.positional[1] ?? '').replace(/^<@|>$/g, '').split('|', 1).join('').trim();
    const owner = /^(niemand|geen|-)$/i.test(raw) ? null : raw;
    if (!raw) {
      io.err('Geef de Slack-gebruiker (U0123ABCD) of "niemand", bijvoorbeeld: motie trekker 12 U0123ABCD');
      return 2;
    }
    return withApp(io, (ctx) => {
      const result = editItem(ctx, id, { owner }, requestOf(args));
      if (!result.ok) {
        io.err(result.code === 'EDIT_INVALID' ? `"${raw}" is geen Slack-gebruiker (zoals U0123ABCD).` : NOT_FOUND(id));
        return result.code === 'EDIT_INVALID' ? 2 : 1;
      }
      return done(args, io, result.item, owner ? `${owner} is trekker van #${id}.` : `#${id} heeft geen trekker meer.`);
    });
  },
};

export const vervallenCommand: CliCommand = {
  ...SPECS.vervallen,
  run: (args, io) => {
    const id = idOf(args, io, 'motie vervallen 12');
    if (id === null) return 2;
    return withApp(io, (ctx) => {
      const result = lapseItem(ctx, id, requestOf(args));
      if (result.code === 'ITEM_LAPSED') return done(args, io, result.item, `#${id} is vervallen.`);
      io.err(result.code === 'ITEM_ALREADY_LAPSED' ? `#${id} was al vervallen; er is niets veranderd.` : NOT_FOUND(id));
      return 1;
    });
  },
};

export const aanhoudenCommand: CliCommand = {
  ...SPECS.aanhouden,
  run: (args, io) => {
    const id = idOf(args, io, 'motie aanhouden 12 "1 maart 2027"');
    if (id === null) return 2;
    const raw = args.positional.slice(1).join(' ').replace(/^tot\s+/i, '').trim();
    if (!raw) {
      io.err('Geef een datum, bijvoorbeeld: motie aanhouden 12 "1 maart 2027" (of "uit").');
      return 2;
    }
    return withApp(io, (ctx) => {
      const result = holdItem(ctx, id, /^uit$/i.test(raw) ? '' : raw, requestOf(args));
      switch (result.code) {
        case 'ITEM_ON_HOLD':
          return done(args, io, result.item, `#${id} is aangehouden tot ${result.until}.`);
        case 'ITEM_HOLD_ENDED':
          return done(args, io, result.item, `#${id} wordt niet meer aangehouden.`);
        case 'HOLD_DATE_PAST':
          io.err('Die datum is al geweest; geef een datum in de toekomst. Er is niets veranderd.');
          return 2;
        case 'HOLD_DATE_UNREADABLE':
          io.err(`Die datum begrijp ik niet. ${result.message}`.trim());
          return 2;
        case 'ITEM_NOT_OPEN':
          io.err(`#${id} staat niet open; alleen open items kun je aanhouden.`);
          return 1;
        default:
          io.err(NOT_FOUND(id));
          return 1;
      }
    });
  },
};

export const verwijderCommand: CliCommand = {
  ...SPECS.verwijder,
  run: (args, io) => {
    const id = idOf(args, io, 'motie verwijder 12');
    if (id === null) return 2;
    return withApp(io, (ctx) => {
      const result = deleteItem(ctx, id, requestOf(args));
      if (result.code === 'ITEM_DELETED') return done(args, io, result.item, `#${id} is verwijderd; \`motie herstel ${id}\` zet het terug.`);
      io.err(NOT_FOUND(id));
      return 1;
    });
  },
};

export const herstelCommand: CliCommand = {
  ...SPECS.herstel,
  run: (args, io) => {
    const id = idOf(args, io, 'motie herstel 12');
    if (id === null) return 2;
    return withApp(io, (ctx) => {
      const result = restoreItem(ctx, id, requestOf(args));
      if (result.code === 'ITEM_RESTORED') return done(args, io, result.item, `#${id} is teruggezet.`);
      io.err(result.code === 'ITEM_NOT_DELETED' ? `#${id} is niet verwijderd; er is niets veranderd.` : NOT_FOUND(id));
      return 1;
    });
  },
};
