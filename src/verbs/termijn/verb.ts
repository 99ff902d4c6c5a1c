// `termijn` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { TERMIJN_HELP } from './help.nl.ts';

export const termijnVerb = {
  cli: { name: 'termijn', usage: TERMIJN_HELP.usage, valueFlags: ['door'], booleanFlags: ['bevestig'] },
  slackHelp: TERMIJN_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).termijnSlack, cli: async () => (await import('./cli.ts')).termijnCli },
} as const satisfies Verb;
