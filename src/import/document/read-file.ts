// A file → its bytes: a regular file of at most `maxBytes`, or one Dutch sentence why not.
import { open, stat } from 'node:fs/promises';
import { DOCUMENT } from '../../texts/documents.nl.ts';
import { MAX_DOCUMENT_BYTES, type ReadDocumentFailureCode } from './limits.ts';

export type ReadBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; code: ReadDocumentFailureCode; message: string };

/**
 * The bytes of a regular file, at most `maxBytes`. A device (/dev/zero), FIFO or socket is
 * refused before it is opened: it has no size to check, and reading it may never end.
 */
export async function readFileBytes(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadBytesResult> {
  const tooLarge: ReadBytesResult = {
    ok: false,
    code: 'DOCUMENT_TOO_LARGE',
    message: DOCUMENT.tooLarge(path, maxBytes),
  };
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return { ok: false, code: 'DOCUMENT_UNREADABLE', message: DOCUMENT.isDirectory(path) };
    }
    if (!info.isFile()) {
      return {
        ok: false,
        code: 'DOCUMENT_NOT_REGULAR',
        message: DOCUMENT.notRegular(path),
      };
    }
    if (info.size > maxBytes) return tooLarge;
    const handle = await open(path, 'r');
    try {
      // Read at most one byte more than allowed: a file that grew after stat is still caught.
      const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
      let length = 0;
      for (;;) {
        if (length === buffer.length) break;
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) return tooLarge;
      return { ok: true, bytes: new Uint8Array(buffer.subarray(0, length)) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, code: 'DOCUMENT_NOT_FOUND', message: DOCUMENT.notFound(path) }
      : { ok: false, code: 'DOCUMENT_UNREADABLE', message: DOCUMENT.unreadable(path, code) };
  }
}
