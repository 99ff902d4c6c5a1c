// files.uploadV2 as Slack runs it, in three steps: files.getUploadURLExternal announces a file and
// answers with an upload URL, the bytes are POSTed to that URL, and files.completeUploadExternal
// gives the files their titles (sharing them in a channel is the caller's part). The preview's
// stand-in and the tests' fake Web API both keep their uploads here, so the protocol exists once.
import type { IncomingMessage } from 'node:http';
import { printed, readRawBytes, str } from './slack-rules.ts';

/** A file sent through files.getUploadURLExternal → upload URL → files.completeUploadExternal. */
export interface Upload {
  id: string;
  filename: string;
  /** The length announced to files.getUploadURLExternal. */
  length: number;
  bytes: Buffer | null;
  contentType: string;
  title: string | null;
  completed: boolean;
  channel: string | null;
}

export interface FileUploadsOptions {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** A new file id (F…). */
  newId: () => string;
  /** Where the bytes of file `id` are to be POSTed. */
  uploadUrl: (id: string) => string;
}

export type CompletedUploads = { ok: true; files: Upload[] } | { ok: false; error: string };

export class FileUploads {
  private readonly list = new Map<string, Upload>();

  constructor(private readonly options: FileUploadsOptions) {}

  /** Every upload so far, in order. */
  all(): Upload[] {
    return [...this.list.values()];
  }

  get(id: string): Upload | undefined {
    return this.list.get(id);
  }

  /** Step 1 (files.getUploadURLExternal): where to send the bytes. */
  begin(body: Record<string, unknown>): Record<string, unknown> {
    const filename = str(body.filename);
    const length = Number(body.length);
    if (!filename || !Number.isSafeInteger(length) || length <= 0) return { ok: false, error: 'invalid_arguments' };
    if (length > this.options.maxBytes) return { ok: false, error: 'file_too_large' };
    const id = this.options.newId();
    this.list.set(id, { id, filename, length, bytes: null, contentType: '', title: null, completed: false, channel: null });
    return { ok: true, file_id: id, upload_url: this.options.uploadUrl(id) };
  }

  /** Step 2: the bytes, POSTed to the upload URL (read whole first, so the connection is drained). */
  async receive(id: string, req: IncomingMessage): Promise<{ status: number; payload: Record<string, unknown> }> {
    let bytes: Buffer;
    try {
      bytes = await readRawBytes(req, this.options.maxBytes);
    } catch {
      return { status: 413, payload: { ok: false, error: 'file_too_large' } };
    }
    const upload = this.list.get(id);
    if (!upload) return { status: 404, payload: { ok: false, error: 'file_not_found' } };
    upload.bytes = bytes;
    upload.contentType = req.headers['content-type'] ?? '';
    return { status: 200, payload: { ok: true, size: bytes.length } };
  }

  /**
   * Step 3 (files.completeUploadExternal): the files named in `body.files`, each uploaded, get their
   * titles (the file name when none is given) and count as completed. Nothing changes when one of
   * them is unknown or has no bytes yet.
   */
  complete(body: Record<string, unknown>): CompletedUploads {
    const named = Array.isArray(body.files) ? (body.files as { id?: unknown; title?: unknown }[]) : [];
    if (named.length === 0) return { ok: false, error: 'invalid_arguments' };
    const files: Upload[] = [];
    for (const f of named) {
      const upload = this.list.get(printed(f.id ?? ''));
      if (!upload?.bytes) return { ok: false, error: 'file_not_found' };
      files.push(upload);
    }
    files.forEach((upload, i) => {
      const title = named[i]?.title;
      upload.title = typeof title === 'string' ? title : upload.filename;
      upload.completed = true;
    });
    return { ok: true, files };
  }
}
