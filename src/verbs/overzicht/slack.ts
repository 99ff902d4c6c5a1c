// `/motie overzicht [CODE …] [alles]`: the stand van zaken as a Word file, uploaded to the channel
// (the steps of files.uploadV2: getUploadURLExternal, the bytes, completeUploadExternal). Without codes: the
// channel's codes; codes given must be linked to this channel (admins: any codes, and everything
// in a channel that is not linked). "alles": done items too.
// "rappel": the draft answer to the Eerste Kamer's rappel (its columns) for the same codes.
// The file is built in a worker thread (export-off-loop.ts), one at a time per bot.
import { EXPORT_SLACK_MAX_ITEMS } from './export-overview.ts';
import { exportOffLoop } from './export-off-loop.ts';
import { refusedOverviewTargets } from '../../domain/authorize.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { UploadFailed, uploadFile } from '../../slack/upload-file.ts';
import { readOverzicht, type OverviewStatus } from './grammar.ts';
import { OVERZICHT_TEXT } from './texts.nl.ts';
import { channelTargets } from '../../app/read-channels.ts';

export const overzichtSlack: SubcommandHandler = async ({ deps, command, args, client }) => {
  const typed = readOverzicht(args);
  if (!typed.ok) return { text: OVERZICHT_TEXT.slack.overviewWordUnknown(typed.word.slice(0, 40)) };
  const { targets, status, rappel } = typed;
  // Who may post which codes here (issue 22.13): admins any; others only the channel's own codes.
  const requester = { userId: command.user_id, channelTargets: channelTargets(deps, command.channel_id) };
  const isAdmin = deps.admins.includes(command.user_id);
  if (targets.length === 0 && requester.channelTargets.length === 0 && !isAdmin) return { text: OVERZICHT_TEXT.slack.overviewNotLinked };
  const refused = refusedOverviewTargets(targets, requester, deps.admins);
  if (refused.length > 0) return { text: OVERZICHT_TEXT.slack.overviewNotAllowed(refused) };
  const scope = targets.length > 0 ? targets : requester.channelTargets;
  // One export at a time per bot (issue 22.13): two large ones at once took the bot past 2 GB.
  if (exporting.has(deps)) return { text: OVERZICHT_TEXT.slack.overviewBusy };
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
    if (result.code === 'EXPORT_TARGET_UNKNOWN') return { text: OVERZICHT_TEXT.slack.overviewWordUnknown(result.word) };
    if (result.code === 'EXPORT_TOO_MANY') return { text: OVERZICHT_TEXT.slack.overviewTooMany(result.max) };
    if (result.code === 'EXPORT_TOO_HEAVY') return { text: OVERZICHT_TEXT.slack.overviewTooHeavy };
    return { text: result.code === 'RAPPEL_NOTHING' ? OVERZICHT_TEXT.slack.rappelNothing : OVERZICHT_TEXT.slack.overviewNothing(status) };
  }
  const comment = result.code === 'RAPPEL_WRITTEN' ? OVERZICHT_TEXT.slack.rappelComment(command.user_id, result.toezeggingen) : OVERZICHT_TEXT.slack.overviewComment(command.user_id, result.moties, result.toezeggingen);
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
    return { text: code === 'not_in_channel' || code === 'channel_not_found' ? OVERZICHT_TEXT.slack.overviewNotInChannel : OVERZICHT_TEXT.slack.overviewUploadFailed };
  }
  return { text: OVERZICHT_TEXT.slack.overviewUploaded(result.fileName) };
}
