// `herstel` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { HERSTEL_HELP } from './help.nl.ts';

export const herstelVerb = {
  cli: { name: 'herstel', usage: HERSTEL_HELP.usage, valueFlags: ['door'], maxPositionals: 1 },
  slackHelp: HERSTEL_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).herstelSlack, cli: async () => (await import('./cli.ts')).herstelCli },
} as const satisfies Verb;
