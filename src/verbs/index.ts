// Every verb of the house. A verb is a folder, src/verbs/<verb>/: grammar.ts reads its Dutch
// arguments once for both adapters, slack.ts answers `/motie <verb>`, cli.ts runs `motie <verb>`
// (status is Slack's only), help.nl.ts holds its two help lines, verb.ts declares it (the CLI's
// spec and flags, where its code is), and the use case that only this verb runs lives beside
// them (set-term.ts, link-channel.ts, …; docs/STYLE.md "Verb slices"). One line here gives the
// verb both adapters: `/motie <verb>` (slack/listeners/commands/index.ts), `motie <verb>` with its
// spec and usage (cli/specs.ts, cli/registry.ts), and its line in both help texts. Plain data:
// `motie --help` loads this and the help lines, nothing else; a verb's code loads when it runs.
import type { CommandSpec } from '../cli/types.ts';
import type { Verb } from './types.ts';
import { statusVerb } from './status/verb.ts';
import { kanaalVerb } from './kanaal/verb.ts';
import { termijnVerb } from './termijn/verb.ts';
import { afgerondVerb } from './afgerond/verb.ts';
import { standVerb } from './stand/verb.ts';
import { heropenVerb } from './heropen/verb.ts';
import { trekkerVerb } from './trekker/verb.ts';
import { vervallenVerb } from './vervallen/verb.ts';
import { aanhoudenVerb } from './aanhouden/verb.ts';
import { verwijderVerb } from './verwijder/verb.ts';
import { herstelVerb } from './herstel/verb.ts';
import { zoekVerb } from './zoek/verb.ts';
import { nieuwVerb } from './nieuw/verb.ts';
import { overzichtVerb } from './overzicht/verb.ts';

export type { Verb } from './types.ts';

/** In the order both help texts list them. */
export const VERBS = {
  status: statusVerb,
  kanaal: kanaalVerb,
  termijn: termijnVerb,
  afgerond: afgerondVerb,
  stand: standVerb,
  heropen: heropenVerb,
  trekker: trekkerVerb,
  vervallen: vervallenVerb,
  aanhouden: aanhoudenVerb,
  verwijder: verwijderVerb,
  herstel: herstelVerb,
  zoek: zoekVerb,
  nieuw: nieuwVerb,
  overzicht: overzichtVerb,
} as const satisfies Record<string, Verb>;

export type VerbName = keyof typeof VERBS;

/** The verbs that have a command line too (all but status). */
export type CliVerbName = { [K in VerbName]: (typeof VERBS)[K] extends { cli: CommandSpec } ? K : never }[VerbName];

/** The verbs' CLI specs by name, in VERBS order. */
export const VERB_SPECS = Object.fromEntries(Object.entries(VERBS).flatMap(([name, verb]: [string, Verb]) => (verb.cli ? [[name, verb.cli]] : []))) as {
  [K in CliVerbName]: (typeof VERBS)[K]['cli'];
};
