// The folded form of a name for looking it up: no accents, no case, single spaces ("Kostić" → "kostic", "Economische
// Zaken en  Klimaat" → "economische zaken en klimaat"). One fold for the department names of the register
// (derive-ministry.ts) and the Kamer members of the submitter table (submitter-history.ts). Pure.
export function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
