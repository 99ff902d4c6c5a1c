// motie triage [<nummer> <codes>]: moties (and toezeggingen) from the Tweede Kamer whose ministry
// could not be derived with confidence; assign their codes once.
import { assignTriage, listTriageItems, tkEverSynced } from '../../app/index.ts';
import { loadTkConfig } from '../../config.ts';
import { cliActor } from '../../domain/actor.ts';
import { TK_CLI, TRIAGE_CLI } from '../texts.nl.ts';
import { triageReasonNl } from '../../texts/tk.nl.ts';
import { withApp } from '../db.ts';
import { SPECS } from '../specs.ts';
import { toItemJson } from '../item-json.ts';
import type { CliCommand } from '../types.ts';

export const triageCommand: CliCommand = {
  ...SPECS.triage,
  run: (args, io) => {
    const [reference, ...codeParts] = args.positional;
    if (reference !== undefined && codeParts.length === 0) {
      io.err(TRIAGE_CLI.needsCodes(SPECS.triage.usage));
      return Promise.resolve(2);
    }
    return withApp(io, (ctx) => {
      if (reference === undefined) {
        const entries = listTriageItems(ctx, args.flags.alle === true ? 'all' : 'pending', triageScope(io.env));
        if (args.flags.json) {
          io.out(JSON.stringify(entries, null, 2));
          return 0;
        }
        const pending = entries.filter((e) => e.state === 'pending');
        if (pending.length === 0 && entries.length === 0) {
          // Never synced: no triage because nothing was read, not because every ministry was derived.
          io.out(tkEverSynced(ctx) ? TK_CLI.triageEmpty : TK_CLI.triageNeverSynced);
          return 0;
        }
        if (pending.length > 0) io.out(TK_CLI.triageHeader(pending.length));
        for (const e of entries) {
          const submitters = [TRIAGE_CLI.submitters(e.submitters), e.candidates.length > 0 ? TRIAGE_CLI.candidates(e.candidates) : ''].filter(Boolean).join('; ');
          const done = e.state === 'assigned' ? TRIAGE_CLI.assigned(e.codes ?? [], e.by, e.itemId) : '';
          // A pending entry says why it waits: what stopped a decision, the evidence, what the records lacked.
          const why = e.state === 'pending' && e.reason ? triageReasonNl(e.reason) : '';
          io.out(TK_CLI.triageLine(e.reference, e.title, [[submitters, done].filter(Boolean).join('; '), why].filter(Boolean).join('\n    ')));
        }
        return 0;
      }
      const actor = cliActor(typeof args.flags.door === 'string' ? args.flags.door : null);
      const result = assignTriage(ctx, reference, codeParts.join(','), { actor, context: { via: 'cli' } });
      if (!result.ok) {
        io.err(result.code === 'TRIAGE_NOT_FOUND' ? TK_CLI.triageNotFound(reference) : TK_CLI.triageBadCodes(codeParts.join(' ')));
        return result.code === 'TRIAGE_NOT_FOUND' ? 1 : 2;
      }
      if (args.flags.json) io.out(JSON.stringify({ reference: result.reference, item: toItemJson(result.item) }, null, 2));
      else io.out(TK_CLI.triageAssigned(result.reference, result.item.responsible.map((r) => r.code), result.item.id));
      return 0;
    });
  },
};

/** TK_MINISTRIES: a team sees only the triage entries that may be theirs (a setting that does not parse: all). */
function triageScope(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    return loadTkConfig(env).ministries;
  } catch {
    return [];
  }
}
