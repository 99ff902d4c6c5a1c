// A file → its bytes: a regular file of at most `maxBytes`, or a failure code saying why not.
import { constants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { DocumentFailure } from './failures.ts';
import { MAX_DOCUMENT_BYTES } from './limits.ts';

export type ReadBytesResult = { ok: true; bytes: Uint8Array } | DocumentFailure;

/** Why a failed stat, open or read means the file cannot be read: it is not there, or the file system said no. */
function fileSystemFailure(path: string, error: unknown): DocumentFailure {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? { ok: false, code: 'DOCUMENT_NOT_FOUND', path }
    : { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'file-system', path, errno: code };
}

/** Why a file with this stat is no document to read (a directory, a device, too large), or null. */
function statFailure(path: string, info: Stats, maxBytes: number): DocumentFailure | null {
  if (info.isDirectory()) return { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'directory', path };
  if (!info.isFile()) return { ok: false, code: 'DOCUMENT_NOT_REGULAR', path };
  if (info.size > maxBytes) return { ok: false, code: 'DOCUMENT_TOO_LARGE', path, maxBytes };
  return null;
}

/**
 * Whether `path` is a regular file of at most `maxBytes` that this process may read, without
 * reading it: the failure readFileBytes would answer with (`motie import` of several files checks
 * them all before it reads the first).
 */
export async function checkFile(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<{ ok: true } | DocumentFailure> {
  try {
    const failure = statFailure(path, await stat(path), maxBytes);
    if (failure) return failure;
    await access(path, constants.R_OK);
    return { ok: true };
  } catch (error) {
    return fileSystemFailure(path, error);
  }
}

/**
 * The bytes of a regular file, at most `maxBytes`. A device (/dev/zero), FIFO or socket is
 * refused before it is opened: it has no size to check, and reading it may never end.
 */
export async function readFileBytes(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadBytesResult> {
  try {
    const info = await stat(path);
    const failure = statFailure(path, info, maxBytes);
    if (failure) return failure;
    const handle = await open(path, 'r');
    try {
      // Read at most one byte more than allowed: a file that grew after stat is still caught. Not
      // zero-filled: only the bytes read are handed on (issue 28).
      const buffer = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
      let length = 0;
      for (;;) {
        if (length === buffer.length) break;
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) return { ok: false, code: 'DOCUMENT_TOO_LARGE', path, maxBytes };
      // A view of the bytes read, not a copy: copying a 7 MB text took the importing thread a few
      // milliseconds, most of them page faults on the copy's fresh memory (issue 28).
      return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fileSystemFailure(path, error);
  }
}
