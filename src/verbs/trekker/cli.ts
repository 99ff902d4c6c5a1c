// `motie trekker 12 U0123ABCD|niemand [--door <naam>] [--json]`
import { editItem } from '../../app/index.ts';
import { withApp } from '../../cli/db.ts';
import { argsText, cliRequest, idMissing, printEdited } from '../../cli/item-verb.ts';
import type { CliRun } from '../../cli/types.ts';
import { ITEM_CLI } from '../../cli/texts.nl.ts';
import { cliItemNotFound } from '../../texts/item-results.nl.ts';
import { readTrekker } from './grammar.ts';

export const trekkerCli: CliRun = (args, io) => {
  const typed = readTrekker(argsText(args));
  if (!typed.ok) {
    if (typed.code === 'VERB_ID_MISSING') return idMissing(io, ITEM_CLI.example.trekker);
    io.err(typed.code === 'VERB_OWNER_NOT_A_PERSON' ? ITEM_CLI.ownerInvalid(typed.typed) : ITEM_CLI.ownerMissing);
    return 2;
  }
  const { id, owner } = typed;
  return withApp(io, (ctx) => {
    const result = editItem(ctx, id, { owner }, cliRequest(args));
    if (!result.ok) {
      io.err(result.code === 'EDIT_INVALID' ? ITEM_CLI.ownerInvalid(owner ?? '') : cliItemNotFound(id));
      return result.code === 'EDIT_INVALID' ? 2 : 1;
    }
    return printEdited(args, io, result.item, owner ? ITEM_CLI.ownerSet(id, owner) : ITEM_CLI.ownerCleared(id));
  });
};
