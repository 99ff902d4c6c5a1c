// A text with its first character in upper case, as Dutch writes it ("van Dam" on its own: "Van
// Dam"; a title "Na te gaan …"): the one place the importers and the title builder do this.

/**
 * `text` with its first character upper-cased by the Dutch locale. An ASCII first character is
 * upper-cased by toUpperCase, which gives the same for every ASCII character in every locale
 * without a call into ICU (an import upper-cases 10,000 names and titles; issue 28).
 */
export function upperFirst(text: string): string {
  const first = text.charCodeAt(0);
  const upper = first < 128 ? text.charAt(0).toUpperCase() : text.charAt(0).toLocaleUpperCase('nl');
  return upper + text.slice(1);
}
