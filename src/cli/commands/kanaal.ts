// motie kanaal <CODE|MINISTERIE> <channel-id> | motie kanaal --list | motie kanaal --los <CODE> <channel-id>
import { parseTarget } from '../../domain/codes.ts';
import { linkChannel, unlinkChannel } from '../../app/index.ts';
import { cliActor } from '../../domain/actor.ts';
import { listLinks } from '../../store/channels.queries.ts';
import { withApp, withDb } from '../db.ts';
import { SPECS } from '../specs.ts';
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
        if (links.length === 0) io.out('Er zijn nog geen kanalen gekoppeld.');
        for (const l of links) io.out(`${l.target.padEnd(8)} → ${l.channelId} (gekoppeld door ${l.linkedBy})`);
        return 0;
      });
    }
    const [rawTarget, channelId] = args.positional;
    const target = rawTarget ? parseTarget(rawTarget) : null;
    if (!target || !channelId) {
      io.err('Gebruik: motie kanaal SOCW C0123ABCD (een bewindspersoon of ministerie en een Slack-kanaal-id).');
      return 2;
    }
    if (!CHANNEL_ID.test(channelId)) {
      io.err(`"${channelId}" is geen Slack-kanaal-id; die begint met C of G, zoals C0123ABCD.`);
      return 2;
    }
    const name = target.kind === 'code' ? target.code : target.ministry;
    return withApp(io, (ctx) => {
      const request = { actor: cliActor(), context: { via: 'cli' } };
      if (args.flags.los) {
        const result = unlinkChannel(ctx, channelId, [target], request);
        const removed = result.ok && result.removed.length > 0;
        io.out(removed ? `${name} is losgekoppeld van ${channelId}.` : `${name} was niet gekoppeld aan ${channelId}.`);
        return removed ? 0 : 1;
      }
      const result = linkChannel(ctx, channelId, [target], request);
      const created = result.ok && result.created.length > 0;
      io.out(created ? `${name} is gekoppeld aan ${channelId}.` : `${name} was al gekoppeld aan ${channelId}.`);
      return 0;
    }, args.flags.los ? {} : { mayCreate: true });
  },
};
