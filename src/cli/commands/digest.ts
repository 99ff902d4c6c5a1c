// motie digest [--at JJJJ-MM-DD] [--dry-run]: the weekly overview by hand.
import { runDigest } from '../../scheduler/run-digest.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand } from '../types.ts';
import { runJobCommand } from './herinner.ts';

export const digestCommand: CliCommand = {
  ...SPECS.digest,
  run: (args, io) => runJobCommand('weekoverzicht', runDigest, args, io),
};
