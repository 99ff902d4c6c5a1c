// A reader's refusal as `motie import` answers it: its code and its one Dutch sentence
// (documentFailureNl), the typed values left out. A result that was read is returned as it is.
import type { DocumentFailure } from '../../src/import/document/failures.ts';
import { documentFailureNl } from '../../src/texts/documents.nl.ts';

export function worded<T extends { ok: true } | DocumentFailure>(result: T): Exclude<T, DocumentFailure> | { ok: false; code: DocumentFailure['code']; message: string } {
  if (result.ok) return result as Exclude<T, DocumentFailure>;
  return { ok: false, code: result.code, message: documentFailureNl(result) };
}
