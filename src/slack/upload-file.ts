// Sharing a file in a channel the way files.uploadV2 does, in its three steps: ask for an upload
// URL (files.getUploadURLExternal), post the bytes there, and complete the upload into the channel
// (files.completeUploadExternal). The bytes go as the raw request body, which Slack accepts as
// well as a form; web-api's uploadV2 wraps them in multipart/form-data.
import type { WebClient } from '@slack/web-api';

export interface UploadFileInput {
  channelId: string;
  bytes: Buffer;
  filename: string;
  title: string;
  mediaType: string;
  initialComment: string;
}

export class UploadFailed extends Error {
  constructor(readonly code: string) {
    super(`file upload failed: ${code}`);
  }
}

export async function uploadFile(client: WebClient, input: UploadFileInput, timeoutMs = 15_000): Promise<{ fileId: string }> {
  const target = await client.files.getUploadURLExternal({ filename: input.filename, length: input.bytes.length });
  if (!target.upload_url || !target.file_id) throw new UploadFailed('no_upload_url');
  const response = await fetch(target.upload_url, {
    method: 'POST',
    headers: { 'content-type': input.mediaType, ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
    body: new Uint8Array(input.bytes),
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new UploadFailed(`upload_http_${response.status}`);
  await client.files.completeUploadExternal({
    files: [{ id: target.file_id, title: input.title }],
    channel_id: input.channelId,
    initial_comment: input.initialComment,
  });
  return { fileId: target.file_id };
}
