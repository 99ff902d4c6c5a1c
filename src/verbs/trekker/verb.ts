// `trekker` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { TREKKER_HELP } from './help.nl.ts';

export const trekkerVerb = {
  cli: { name: 'trekker', usage: TREKKER_HELP.usage, valueFlags: ['door'], maxPositionals: 2 },
  slackHelp: TREKKER_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).trekkerSlack, cli: async () => (await import('./cli.ts')).trekkerCli },
} as const satisfies Verb;
