// `overzicht` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { OVERZICHT_HELP } from './help.nl.ts';

export const overzichtVerb = {
  cli: { name: 'overzicht', usage: OVERZICHT_HELP.usage, valueFlags: ['status', 'format', 'out', 'rappel'], repeatableFlags: ['code'], booleanFlags: ['overschrijf'] },
  slackHelp: OVERZICHT_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).overzichtSlack, cli: async () => (await import('./cli.ts')).overzichtCli },
} as const satisfies Verb;
