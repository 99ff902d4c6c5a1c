// The number of an item as people type it: "12" or "#12".

/** Parses a positive item id ("12" or "#12"); null when it is not one. */
export function parseItemId(raw: string | undefined): number | null {
  if (!raw) return null;
  const m = /^#?(\d{1,9})$/.exec(raw.trim());
  return m ? Number(m[1]) : null;
}
