// A value the code guarantees (a row it has just written, a regex group that always takes part),
// checked instead of asserted with `!`: when the guarantee breaks, the error says what was missing.
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
