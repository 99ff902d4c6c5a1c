// What a verb of src/verbs/ declares (its verb.ts): the CLI's spec, its `/motie help` line, and where
// its code is. Types only: verb.ts and index.ts both name them without importing each other.
import type { CliRun, CommandSpec } from '../cli/types.ts';
import type { SubcommandHandler } from '../slack/listeners/commands/types.ts';

export interface Verb {
  /** The CLI's spec: name, usage line for `motie help`, flags (absent for a verb of Slack only). */
  cli?: CommandSpec;
  /** Its line in `/motie help`. */
  slackHelp: string;
  /** Where its code is, loaded on first use: its Slack answer, and its command line (absent for a verb of Slack only). */
  code: { slack: () => Promise<SubcommandHandler>; cli?: () => Promise<CliRun> };
}
