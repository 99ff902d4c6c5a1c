// What every `/motie` subcommand handler gets and answers (index.ts dispatches).
import type { RespondArguments, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { SlackChanges } from '../../changes.ts';
import type { BotDeps } from '../../deps.ts';

export interface CommandContext {
  deps: BotDeps;
  command: SlashCommand;
  /** The words after the subcommand. */
  args: string;
  /** The text after the subcommand with its line breaks (a multi-line stand van zaken). */
  rawArgs?: string;
  today: string;
  client: WebClient;
  /** The only way a subcommand changes an item: the team is told after the answer. */
  changes: SlackChanges;
}

/** What a subcommand answers; null when it answered another way (a modal). */
export type CommandReply = RespondArguments | null;

export type SubcommandHandler = (ctx: CommandContext) => Promise<CommandReply> | CommandReply;
