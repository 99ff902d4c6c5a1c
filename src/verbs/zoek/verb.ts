// `zoek` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { ZOEK_HELP } from './help.nl.ts';

export const zoekVerb = {
  cli: { name: 'zoek', usage: ZOEK_HELP.usage, valueFlags: ['code', 'status'] },
  slackHelp: ZOEK_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).zoekSlack, cli: async () => (await import('./cli.ts')).zoekCli },
} as const satisfies Verb;
