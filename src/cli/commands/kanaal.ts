// motie kanaal <CODE|MINISTERIE> <channel-id> | motie kanaal --list | motie kanaal --los <CODE> <channel-id>
import { parseTarget } from '../../domain/codes.ts';
import { linkChannel, unlinkChannel } from '../../app/index.ts';
import { cliActor } from '../../domain/actor.ts';
import { listLinks } from '../../store/channels.queries.ts';
import { withApp, withDb } from '../db.ts';
import { SPECS } from '../specs.ts';
import { CHANNEL_CLI } from '../../texts/cli.nl.ts';
import type { CliCommand } from '../types.ts';

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;

export const kanaalCommand: CliCommand = {
  ...SPECS.kanaal,
  run: (args, io) => {
    if (args.flags.list) {
      return withDb(io, (db) => {
        const links = listLinks(db);
        if (args.flags.json) {
          io.out(JSON.stringify(links, null, 2));
          return 0;
        }
        if (links.length === 0) io.out(CHANNEL_CLI.none);
        for (const l of links) io.out(CHANNEL_CLI.line(l.target, l.channelId, l.linkedBy));
        return 0;
      });
    }
    const [rawTarget, channelId] = args.positional;
    const target = rawTarget ? parseTarget(rawTarget) : null;
    if (!target || !channelId) {
      io.err(CHANNEL_CLI.usage);
      return 2;
    }
    if (!CHANNEL_ID.test(channelId)) {
      io.err(CHANNEL_CLI.badChannel(channelId));
      return 2;
    }
    const name = target.kind === 'code' ? target.code : target.ministry;
    return withApp(io, (ctx) => {
      const request = { actor: cliActor(), context: { via: 'cli' } };
      if (args.flags.los) {
        const result = unlinkChannel(ctx, channelId, [target], request);
        const removed = result.ok && result.removed.length > 0;
        io.out(removed ? CHANNEL_CLI.unlinked(name, channelId) : CHANNEL_CLI.notLinked(name, channelId));
        return removed ? 0 : 1;
      }
      const result = linkChannel(ctx, channelId, [target], request);
      const created = result.ok && result.created.length > 0;
      io.out(created ? CHANNEL_CLI.linked(name, channelId) : CHANNEL_CLI.alreadyLinked(name, channelId));
      return 0;
    }, args.flags.los ? {} : { mayCreate: true });
  },
};
