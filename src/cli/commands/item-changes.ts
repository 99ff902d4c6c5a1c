// motie stand: the same use case as Slack, with `--json` printing the item as it is after the
// change. The other verbs about one item live in src/verbs/.
import { editItem } from '../../app/index.ts';
import { parseItemId } from '../../domain/item-id.ts';
import { withApp } from '../db.ts';
import { cliRequest, idMissing, printEdited } from '../item-verb.ts';
import { SPECS } from '../specs.ts';
import { ITEM_CLI } from '../../texts/cli.nl.ts';
import { cliItemNotFound } from '../../texts/item-results.nl.ts';
import type { CliCommand } from '../types.ts';

export const standCommand: CliCommand = {
  ...SPECS.stand,
  run: (args, io) => {
    const id = parseItemId(args.positional[0]);
    if (id === null) return idMissing(io, ITEM_CLI.example.stand);
    const text = args.positional.slice(1).join(' ');
    return withApp(io, (ctx) => {
      const result = editItem(ctx, id, { statusText: text }, cliRequest(args));
      if (!result.ok) {
        io.err(result.code === 'EDIT_INVALID' ? ITEM_CLI.statusTextTooLong : cliItemNotFound(id));
        return 1;
      }
      return printEdited(args, io, result.item, result.code === 'ITEM_UNCHANGED' ? ITEM_CLI.unchanged(id) : ITEM_CLI.statusTextSet(id));
    });
  },
};
