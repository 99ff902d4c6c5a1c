// Layout 1: the flat "stand van zaken" list (the bundled sample): motie rows, codes, footnotes.
import { looksLikeStandVanZaken, parseStandVanZaken, readStructure, type ReadStructure } from './parse-stand-van-zaken.ts';
import { isLinesDocument, textFactsOf, textOfBlocks, type SourceDocument } from '../source-document.ts';
import type { LayoutInput, LayoutReader } from '../types.ts';

/**
 * The text the flat list is read from: a Word document's line breaks (a paragraph's `lines`) as
 * hard breaks, so that a stand van zaken keeps them; every other document's text as it is.
 */
function flatListText(document: SourceDocument): { text: string; hardBreaks: boolean } {
  const broken = document.format === 'docx' && document.blocks.some((block) => block.type === 'paragraph' && block.lines !== undefined);
  return broken ? { text: textOfBlocks(document.blocks, true), hardBreaks: true } : { text: document.text, hardBreaks: false };
}

/** The text's lines, footnotes and rows, read once per import for the detect and the rows. */
function structureOf(input: LayoutInput): ReadStructure {
  return input.once('stand-van-zaken', () => {
    const { text, hardBreaks } = flatListText(input.document);
    // What the decoder learned about a text file's characters: not read again to split its lines.
    return readStructure(text, hardBreaks, text === input.document.text ? textFactsOf(input.document) : undefined);
  });
}

export const standVanZakenReader: LayoutReader = {
  id: 'stand-van-zaken',
  detect(input) {
    const { document } = input;
    if (!isLinesDocument(document) && document.blocks.some((block) => block.type === 'table' && block.rows.length > 1) && document.format !== 'pdf') return 0;
    // Motie rows with bewindspersoon codes are strong evidence: above a table whose headers merely map.
    return looksLikeStandVanZaken(structureOf(input)) ? 0.92 : 0;
  },
  rows(input, options) {
    const structure = structureOf(input);
    const parsed = parseStandVanZaken(structure.text, {
      hardBreaks: structure.asked,
      structure,
      documentDate: options.documentDate ?? null,
      today: options.today ?? null,
      ...(options.calendar ? { calendar: options.calendar } : {}),
    });
    return parsed.ok ? { ok: true, parsed } : parsed;
  },
};
