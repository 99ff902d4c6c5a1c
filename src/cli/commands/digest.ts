// motie digest [--at JJJJ-MM-DD] [--dry-run]: the weekly overview by hand.
import { runDigest } from '../../scheduler/run-digest.ts';
import { CLI } from '../../slack/texts/reminders.nl.ts';
import type { CliCommand } from '../types.ts';
import { runJobCommand } from './herinner.ts';

export const digestCommand: CliCommand = {
  name: 'digest',
  usage: CLI.usageDigest,
  valueFlags: ['at'],
  run: (args, io) => runJobCommand('weekoverzicht', runDigest, args, io),
};
