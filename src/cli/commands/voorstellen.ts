// motie voorstellen [--json]: the open proposals of Kamerbrieven that may fulfil an item (made by
// `motie sync tk` with TK_SYNC_DOCUMENTEN=aan). People answer them in Slack.
import { listOpenProposals, readItems } from '../../app/index.ts';
import { KAMERBRIEF_CLI, reasonsNl } from '../../texts/kamerbrief.nl.ts';
import { withApp } from '../db.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand } from '../types.ts';

export const voorstellenCommand: CliCommand = {
  ...SPECS.voorstellen,
  run: (args, io) =>
    withApp(io, (ctx) => {
      const open = listOpenProposals(ctx);
      const items = readItems(ctx, [...new Set(open.map((p) => p.itemId))]);
      // An item closed meanwhile (by a person or the register) needs no answer any more.
      const proposals = open.filter((p) => items.get(p.itemId)?.status === 'open');
      const rows = proposals.map((p) => ({
        id: p.id,
        itemId: p.itemId,
        itemTitle: items.get(p.itemId)?.title ?? null,
        kamerstuk: items.get(p.itemId)?.kamerstuk ?? null,
        documentNummer: p.documentNummer,
        letterId: p.letterId,
        datum: p.letter?.datum ?? null,
        onderwerp: p.letter?.onderwerp ?? p.letter?.titel ?? null,
        strength: p.strength,
        reasons: p.reasons,
        reden: reasonsNl(p.reasons),
        createdAt: new Date(p.createdAt).toISOString(),
      }));
      if (args.flags.json) {
        io.out(JSON.stringify(rows, null, 2));
        return 0;
      }
      if (rows.length === 0) {
        io.out(KAMERBRIEF_CLI.none);
        return 0;
      }
      io.out(KAMERBRIEF_CLI.header(rows.length));
      for (const r of rows) io.out(KAMERBRIEF_CLI.line({ itemId: r.itemId, documentNummer: r.documentNummer, datum: r.datum, onderwerp: r.onderwerp ?? '', strength: r.strength, reason: r.reden }));
      return 0;
    }, { emptyWhenMissing: true }),
};
