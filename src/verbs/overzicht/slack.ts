// `/motie overzicht [CODE …] [alles]`: the stand van zaken as a Word file, uploaded to the channel
// (the steps of files.uploadV2: getUploadURLExternal, the bytes, completeUploadExternal). Without codes: the
// channel's codes; codes given must be linked to this channel (admins: any codes, and everything
// in a channel that is not linked). "alles": done items too.
// "rappel": the draft answer to the Eerste Kamer's rappel (its columns) for the same codes.
// The file is built in a worker thread (app/export-off-loop.ts), one at a time per bot.
import { EXPORT_SLACK_MAX_ITEMS, exportOffLoop } from '../../app/index.ts';
import { refusedOverviewTargets } from '../../domain/authorize.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { UploadFailed, uploadFile } from '../../slack/upload-file.ts';
import { linkedTargets } from '../../store/channels.queries.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';
import { readOverzicht, type OverviewStatus } from './grammar.ts';

export const overzichtSlack: SubcommandHandler = async ({ deps, command, args, client }) => {
  const typed = readOverzicht(args);
  if (!typed.ok) return { text: SLACK_TEXT.overviewWordUnknown(typed.word.slice(0, 40)) };
  const { targets, status, rappel } = typed;
  // Who may post which codes here (issue 22.13): admins any; others only the channel's own codes.
  const requester = { userId: command.user_id, channelTargets: linkedTargets(deps.db, command.channel_id) };
  const isAdmin = deps.admins.includes(command.user_id);
  if (targets.length === 0 && requester.channelTargets.length === 0 && !isAdmin) return { text: SLACK_TEXT.overviewNotLinked };
  const refused = refusedOverviewTargets(targets, requester, deps.admins);
  if (refused.length > 0) return { text: SLACK_TEXT.overviewNotAllowed(refused) };
  const scope = targets.length > 0 ? targets : requester.channelTargets;
  // One export at a time per bot (issue 22.13): two large ones at once took the bot past 2 GB.
  if (exporting.has(deps)) return { text: SLACK_TEXT.overviewBusy };
  exporting.add(deps);
  try {
    return await buildAndUpload({ deps, command, client }, scope, status, rappel);
  } finally {
    exporting.delete(deps);
  }
};

/** The bots (by their deps) building or uploading an export now. */
const exporting = new WeakSet<object>();

async function buildAndUpload(
  { deps, command, client }: Pick<Parameters<SubcommandHandler>[0], 'deps' | 'command' | 'client'>,
  scope: string[],
  status: OverviewStatus,
  rappel: boolean,
): Promise<{ text: string }> {
  // Built in a worker thread (issue 22.13): the bot's other requests go on meanwhile.
  const result = await exportOffLoop(
    deps,
    rappel ? { kind: 'rappel', input: { targets: scope, format: 'docx' } } : { kind: 'overview', input: { targets: scope, status, format: 'docx', maxItems: EXPORT_SLACK_MAX_ITEMS } },
  );
  if (!result.ok) {
    if (result.code === 'EXPORT_TARGET_UNKNOWN') return { text: SLACK_TEXT.overviewWordUnknown(result.word) };
    if (result.code === 'EXPORT_TOO_MANY') return { text: SLACK_TEXT.overviewTooMany(result.max) };
    if (result.code === 'EXPORT_TOO_HEAVY') return { text: SLACK_TEXT.overviewTooHeavy };
    return { text: result.code === 'RAPPEL_NOTHING' ? SLACK_TEXT.rappelNothing : SLACK_TEXT.overviewNothing(status) };
  }
  const comment = result.code === 'RAPPEL_WRITTEN' ? SLACK_TEXT.rappelComment(command.user_id, result.toezeggingen) : SLACK_TEXT.overviewComment(command.user_id, result.moties, result.toezeggingen);
  try {
    await uploadFile(client, {
      channelId: command.channel_id,
      bytes: result.bytes,
      filename: result.fileName,
      title: result.title,
      mediaType: result.mediaType,
      initialComment: comment,
    });
  } catch (error) {
    const code = error instanceof UploadFailed ? error.code : ((error as { data?: { error?: string } }).data?.error ?? (error as Error).message);
    deps.logger.warn(`overview upload failed in ${command.channel_id}: ${code}`);
    return { text: code === 'not_in_channel' || code === 'channel_not_found' ? SLACK_TEXT.overviewNotInChannel : SLACK_TEXT.overviewUploadFailed };
  }
  return { text: SLACK_TEXT.overviewUploaded(result.fileName) };
}
