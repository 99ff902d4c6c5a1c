// A resource file of the SyncFeed (a motie's PDF or Word document, /Resources/<id>) → its text,
// read by the project's own document readers in the reading worker (bounded in heap and time, as
// an imported file is). Null when the file cannot be read: the caller keeps its fallback.
import { decodeSourceInWorker } from '../../import/document/read-source.ts';
import { DEFAULT_LIMITS } from '../../import/document/limits.ts';

/** The extension the readers are told (the bytes decide the format; this only names the file in the log). */
function extensionOf(contentType: string | null): string {
  if (/pdf/i.test(contentType ?? '')) return '.pdf';
  if (/word|docx/i.test(contentType ?? '')) return '.docx';
  return '';
}

export async function readResourceText(bytes: Uint8Array, contentType: string | null): Promise<string | null> {
  const read = await decodeSourceInWorker(bytes, extensionOf(contentType), DEFAULT_LIMITS, { name: `a SyncFeed resource (${contentType ?? 'no content type'})` });
  return read.ok ? read.document.text : null;
}
