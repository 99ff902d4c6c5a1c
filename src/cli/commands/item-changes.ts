// motie stand | trekker | vervallen | aanhouden | verwijder | herstel: the same use cases as Slack,
// with `--json` printing the item as it is after the change.
import { deleteItem, editItem, holdItem, lapseItem, restoreItem } from '../../app/index.ts';
import { cliActor } from '../../domain/actor.ts';
import { parseItemId } from '../../domain/item-id.ts';
import type { Item } from '../../domain/items.ts';
import { withApp } from '../db.ts';
import { itemJsonText } from '../item-json.ts';
import { report } from '../report.ts';
import { SPECS } from '../specs.ts';
import { ITEM_CLI } from '../../texts/cli.nl.ts';
import { cliItemNotFound } from '../../texts/item-results.nl.ts';
import type { CliCommand, CliIo, ParsedArgs } from '../types.ts';

const NOT_FOUND = cliItemNotFound;

function idOf(args: ParsedArgs, io: CliIo, usage: string): number | null {
  const id = parseItemId(args.positional[0]);
  if (id === null) io.err(ITEM_CLI.idMissing(usage));
  return id;
}

function requestOf(args: ParsedArgs) {
  return { actor: cliActor(typeof args.flags.door === 'string' ? args.flags.door : null), context: { via: 'cli' } };
}

function done(args: ParsedArgs, io: CliIo, item: Item, line: string): number {
  io.out(args.flags.json ? itemJsonText(item) : line);
  return 0;
}

export const standCommand: CliCommand = {
  ...SPECS.stand,
  run: (args, io) => {
    const id = idOf(args, io, ITEM_CLI.example.stand);
    if (id === null) return 2;
    const text = args.positional.slice(1).join(' ');
    return withApp(io, (ctx) => {
      const result = editItem(ctx, id, { statusText: text }, requestOf(args));
      if (!result.ok) {
        io.err(result.code === 'EDIT_INVALID' ? ITEM_CLI.statusTextTooLong : NOT_FOUND(id));
        return 1;
      }
      return done(args, io, result.item, result.code === 'ITEM_UNCHANGED' ? ITEM_CLI.unchanged(id) : ITEM_CLI.statusTextSet(id));
    });
  },
};

export const trekkerCommand: CliCommand = {
  ...SPECS.trekker,
  run: (args, io) => {
    const id = idOf(args, io, ITEM_CLI.example.trekker);
    if (id === null) return 2;
    const raw = (args.positional[1] ?? '').replace(/^<@|>$/g, '').split('|', 1).join('').trim();
    const owner = /^(niemand|geen|-)$/i.test(raw) ? null : raw;
    if (!raw) {
      io.err(ITEM_CLI.ownerMissing);
      return 2;
    }
    return withApp(io, (ctx) => {
      const result = editItem(ctx, id, { owner }, requestOf(args));
      if (!result.ok) {
        io.err(result.code === 'EDIT_INVALID' ? ITEM_CLI.ownerInvalid(raw) : NOT_FOUND(id));
        return result.code === 'EDIT_INVALID' ? 2 : 1;
      }
      return done(args, io, result.item, owner ? ITEM_CLI.ownerSet(id, owner) : ITEM_CLI.ownerCleared(id));
    });
  },
};

export const vervallenCommand: CliCommand = {
  ...SPECS.vervallen,
  run: (args, io) => {
    const id = idOf(args, io, ITEM_CLI.example.vervallen);
    if (id === null) return 2;
    return withApp(io, (ctx) => report(args, io, id, lapseItem(ctx, id, requestOf(args))));
  },
};

export const aanhoudenCommand: CliCommand = {
  ...SPECS.aanhouden,
  run: (args, io) => {
    const id = idOf(args, io, ITEM_CLI.example.aanhouden);
    if (id === null) return 2;
    const raw = args.positional.slice(1).join(' ').replace(/^tot\s+/i, '').trim();
    if (!raw) {
      io.err(ITEM_CLI.holdDateMissing);
      return 2;
    }
    return withApp(io, (ctx) => report(args, io, id, holdItem(ctx, id, /^uit$/i.test(raw) ? '' : raw, requestOf(args))));
  },
};

export const verwijderCommand: CliCommand = {
  ...SPECS.verwijder,
  run: (args, io) => {
    const id = idOf(args, io, ITEM_CLI.example.verwijder);
    if (id === null) return 2;
    return withApp(io, (ctx) => report(args, io, id, deleteItem(ctx, id, requestOf(args))));
  },
};

export const herstelCommand: CliCommand = {
  ...SPECS.herstel,
  run: (args, io) => {
    const id = idOf(args, io, ITEM_CLI.example.herstel);
    if (id === null) return 2;
    return withApp(io, (ctx) => report(args, io, id, restoreItem(ctx, id, requestOf(args))));
  },
};
