// `verwijder` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { VERWIJDER_HELP } from './help.nl.ts';

export const verwijderVerb = {
  cli: { name: 'verwijder', usage: VERWIJDER_HELP.usage, valueFlags: ['door'], maxPositionals: 1 },
  slackHelp: VERWIJDER_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).verwijderSlack, cli: async () => (await import('./cli.ts')).verwijderCli },
} as const satisfies Verb;
