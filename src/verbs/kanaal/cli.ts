// `motie kanaal [los] <CODE|MINISTERIE …> <kanaal-id>` (the same words as `/motie kanaal`, with the
// channel id last), `motie kanaal <kanaal-id>` shows that channel's links, `motie kanaal --list`
// every link; `--los` is `los`.
import { linkChannel, unlinkChannel } from './link-channel.ts';
import { withApp, withDb } from '../../cli/db.ts';
import { argsText, cliRequest } from '../../cli/item-verb.ts';
import type { CliIo, CliRun } from '../../cli/types.ts';
import { readKanaal, targetName } from './grammar.ts';
import { KANAAL_TEXT } from './texts.nl.ts';
import { channelLinks } from '../../app/read-channels.ts';

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;

function printLinks(io: CliIo, links: readonly { target: string; channelId: string; linkedBy: string }[]): number {
  if (links.length === 0) io.out(KANAAL_TEXT.cli.none);
  for (const l of links) io.out(KANAAL_TEXT.cli.line(l.target, l.channelId, l.linkedBy));
  return 0;
}

export const kanaalCli: CliRun = (args, io) => {
  if (args.flags.list) {
    return withDb(io, (db) => {
      const links = channelLinks({ db });
      if (!args.flags.json) return printLinks(io, links);
      io.out(JSON.stringify(links, null, 2));
      return 0;
    });
  }
  const channelId = args.positional.at(-1) ?? '';
  if (!CHANNEL_ID.test(channelId)) {
    io.err(args.positional.length >= 2 ? KANAAL_TEXT.cli.badChannel(channelId) : KANAAL_TEXT.cli.usage);
    return 2;
  }
  const typed = readKanaal(`${args.flags.los ? 'los ' : ''}${argsText({ ...args, positional: args.positional.slice(0, -1) })}`);
  if (!typed.ok) {
    io.err(typed.code === 'CHANNEL_TOO_MANY_TARGETS' ? KANAAL_TEXT.cli.tooMany(typed.max) : KANAAL_TEXT.cli.usage);
    return 2;
  }
  if (typed.action === 'show') return withDb(io, (db) => printLinks(io, channelLinks({ db }, channelId)));
  const { targets } = typed;
  const request = cliRequest({ ...args, flags: {} });
  if (typed.action === 'unlink') {
    return withApp(io, (ctx) => {
      const result = unlinkChannel(ctx, channelId, targets, request);
      const removed = result.ok ? result.removed : [];
      for (const t of targets) io.out(removed.includes(t) ? KANAAL_TEXT.cli.unlinked(targetName(t), channelId) : KANAAL_TEXT.cli.notLinked(targetName(t), channelId));
      return removed.length > 0 ? 0 : 1;
    });
  }
  return withApp(
    io,
    (ctx) => {
      const result = linkChannel(ctx, channelId, targets, request);
      const created = result.ok ? result.created : [];
      for (const t of targets) io.out(created.includes(t) ? KANAAL_TEXT.cli.linked(targetName(t), channelId) : KANAAL_TEXT.cli.alreadyLinked(targetName(t), channelId));
      return 0;
    },
    { mayCreate: true },
  );
};
