// The Kamerbrief an item was closed with, as a person types it when marking it done:
// a Kamerstuk ("36222-45", "36222, nr. 45", "Kamerstuk 36200-VIII nr. 12") or a link (https://…).
// Pure: text in, a normalised reference or a code out.

export type ClosingReference =
  | { kind: 'kamerstuk'; dossier: string; number: string }
  | { kind: 'url'; url: string };

export type ParseClosingReferenceResult =
  | { ok: true; reference: ClosingReference; stored: string }
  | { ok: false; code: 'CLOSING_REFERENCE_UNREADABLE' };

const KAMERSTUK =
  /^(?:kamerstuk(?:ken)?\s*(?:II|I)?\s*(?:\d{4}\/\d{2}\s*,?\s*)?)?(\d{5}(?:-[IVXLC]+|-[A-Z]{1,2})?)\s*(?:,\s*|\s+)?(?:nr\.?|nummer|-)\s*(\d{1,5})$/i;

/** Reads a closing reference; the stored form is "36222-45" or the URL. */
export function parseClosingReference(raw: string): ParseClosingReferenceResult {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (/^https?:\/\/[^\s<>|]+$/i.test(text) && text.length <= 500) {
    try {
      const url = new URL(text);
      if (url.protocol === 'https:' || url.protocol === 'http:') {
        return { ok: true, reference: { kind: 'url', url: url.href }, stored: url.href };
      }
    } catch {
      // falls through to the error below
    }
    return { ok: false, code: 'CLOSING_REFERENCE_UNREADABLE' };
  }
  const m = KAMERSTUK.exec(text);
  if (!m) return { ok: false, code: 'CLOSING_REFERENCE_UNREADABLE' };
  const dossier = (m[1] ?? '').toUpperCase();
  const number = String(Number(m[2]));
  return { ok: true, reference: { kind: 'kamerstuk', dossier, number }, stored: `${dossier}-${number}` };
}

/** A stored closing reference read back ("36222-45" → kamerstuk, "https://…" → url). */
export function readClosingReference(stored: string): ClosingReference {
  const m = /^(\d{5}(?:-[IVXLC]+|-[A-Z]{1,2})?)-(\d{1,5})$/.exec(stored);
  if (m?.[1] && m[2]) return { kind: 'kamerstuk', dossier: m[1], number: m[2] };
  return { kind: 'url', url: stored };
}
