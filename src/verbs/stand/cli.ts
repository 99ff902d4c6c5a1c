// `motie stand 12 "<tekst>"|leeg [--door <naam>] [--json]`; `motie stand 12` shows it.
import { editItem } from '../../app/index.ts';
import { withApp } from '../../cli/db.ts';
import { itemJsonText } from '../../cli/item-json.ts';
import { argsText, cliRequest, idMissing, printEdited } from '../../cli/item-verb.ts';
import type { CliRun } from '../../cli/types.ts';
import { ITEM_CLI } from '../../cli/texts.nl.ts';
import { cliItemNotFound } from '../../texts/item-results.nl.ts';
import { readStand } from './grammar.ts';
import { readItem } from '../../app/read-items.ts';

export const standCli: CliRun = (args, io) => {
  const typed = readStand(argsText(args));
  if (!typed.ok) return idMissing(io, ITEM_CLI.example.stand);
  const { id } = typed;
  return withApp(io, (ctx) => {
    if (typed.action === 'show') {
      const item = readItem(ctx, id);
      if (!item || item.status === 'deleted') {
        io.err(cliItemNotFound(id));
        return 1;
      }
      io.out(args.flags.json ? itemJsonText(item) : ITEM_CLI.statusTextShown(id, item.statusText));
      return 0;
    }
    const result = editItem(ctx, id, { statusText: typed.statusText }, cliRequest(args));
    if (!result.ok) {
      io.err(result.code === 'EDIT_INVALID' ? ITEM_CLI.statusTextTooLong : cliItemNotFound(id));
      return 1;
    }
    const line = result.code === 'ITEM_UNCHANGED' ? ITEM_CLI.unchanged(id) : result.item.statusText ? ITEM_CLI.statusTextSet(id) : ITEM_CLI.statusTextCleared(id);
    return printEdited(args, io, result.item, line);
  });
};
