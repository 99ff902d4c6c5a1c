// A file → the SourceDocument every layout reader reads: the format is decided by the bytes
// (not the name: a ".xlsx" that is really a CSV is read as CSV), within the limits of
// DocumentLimits (issue 17.6), with the encoding decided from the whole file (issue 17.5).
import { extname } from 'node:path';
import { linesOfText, type Block, type SourceDocument } from '../../domain/layouts/index.ts';
import { decodeText, DEFAULT_LIMITS, extractPdfText, readFileBytes, type DocumentLimits } from '../read-document.ts';
import { parseCsv, sniffSeparator } from './csv.ts';
import { readDocx } from './docx.ts';
import { parseJsonTable } from './json.ts';
import { pdfTables } from './pdf-tables.ts';
import { readXlsx } from './xlsx.ts';
import { checkZip } from './zip-limits.ts';

export interface SourceWarning {
  line: number;
  code: 'DOCUMENT_INVALID_BYTES' | 'DOCUMENT_EXTENSION_MISMATCH';
  message: string;
}

export type ReadSourceResult =
  | { ok: true; document: SourceDocument; warnings: SourceWarning[]; encoding: string | null }
  | { ok: false; code: string; message: string };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function textOfBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.type === 'paragraph' ? block.text : block.rows.map((row) => row.filter((c) => c !== '').join('\n')).join('\n\n')))
    .join('\n\n');
}

export async function readSource(path: string, limits: DocumentLimits = DEFAULT_LIMITS): Promise<ReadSourceResult> {
  const read = await readFileBytes(path, limits.maxBytes);
  if (!read.ok) return read;
  return decodeSource(read.bytes, extname(path).toLowerCase(), limits);
}

export async function decodeSource(bytes: Uint8Array, extension: string, limits: DocumentLimits = DEFAULT_LIMITS): Promise<ReadSourceResult> {
  const warnings: SourceWarning[] = [];
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    const pdf = await extractPdfText(bytes, limits);
    if (!pdf.ok) return pdf;
    if (pdf.format !== 'pdf') throw new Error('extractPdfText: not a PDF result');
    const tables = pdfTables(pdf.pieces ?? []);
    const blocks: Block[] = [...linesOfText(pdf.text), ...tables];
    return { ok: true, document: { format: 'pdf', text: pdf.text, blocks }, warnings, encoding: null };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const zip = checkZip(bytes, limits.maxInflatedBytes);
    if (!zip.ok) {
      return zip.reason === 'damaged'
        ? { ok: false, code: 'DOCUMENT_UNREADABLE', message: 'Dit Word- of Excel-bestand is beschadigd en kan niet worden gelezen.' }
        : {
            ok: false,
            code: 'DOCUMENT_BOMB',
            message: `Dit bestand pakt uit tot meer dan ${Math.round(limits.maxInflatedBytes / 1024 / 1024)} MB (of bevat te veel onderdelen); zo groot is geen overzicht van moties en toezeggingen. Er is niets geïmporteerd.`,
          };
    }
    try {
      if (zip.names.includes('word/document.xml')) {
        const blocks = await readDocx(bytes);
        return { ok: true, document: { format: 'docx', text: textOfBlocks(blocks), blocks }, warnings, encoding: null };
      }
      if (zip.names.includes('xl/workbook.xml')) {
        const blocks = await readXlsx(bytes);
        return { ok: true, document: { format: 'xlsx', text: textOfBlocks(blocks), blocks }, warnings, encoding: null };
      }
    } catch {
      return { ok: false, code: 'DOCUMENT_UNREADABLE', message: 'Dit Word- of Excel-bestand is beschadigd of versleuteld en kan niet worden gelezen.' };
    }
    return { ok: false, code: 'DOCUMENT_OFFICE', message: 'Dit is een zip-bestand zonder Word-document of Excel-werkmap; importeer het overzicht zelf (.docx, .xlsx, .csv, .pdf of tekst).' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      ok: false,
      code: 'DOCUMENT_OFFICE',
      message: 'Dit is een oud Word- of Excel-bestand (.doc of .xls); sla het op als .docx of .xlsx (of als PDF of CSV) en importeer dat.',
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded) {
    return { ok: false, code: 'DOCUMENT_BINARY', message: 'Dit bestand is geen tekst, PDF, Word- of Excel-bestand; importeer een overzicht in een van die vormen.' };
  }
  for (const line of decoded.invalidLines.slice(0, 10)) {
    warnings.push({
      line,
      code: 'DOCUMENT_INVALID_BYTES',
      message: `Regel ${line} bevat een teken dat geen geldige UTF-8 is; het bestand is als UTF-8 gelezen en dat teken is vervangen door "�". Een tekst met zo'n teken overschrijft geen bestaande tekst.`,
    });
  }
  const text = decoded.text;
  if (extension === '.xlsx' || extension === '.docx') {
    warnings.push({
      line: 1,
      code: 'DOCUMENT_EXTENSION_MISMATCH',
      message: `Dit bestand heet ${extension}, maar is tekst; het is als tekst${sniffSeparator(text, false) ? ' (CSV)' : ''} gelezen.`,
    });
  }
  if (extension === '.json' || /^\s*[[{]/.test(text)) {
    const table = parseJsonTable(text);
    if (table) return { ok: true, document: { format: 'json', text: '', blocks: [table] }, warnings, encoding: decoded.encoding };
  }
  const separator = sniffSeparator(text, !['.csv', '.tsv', '.xlsx', '.xls'].includes(extension));
  if (separator) {
    const table = parseCsv(text, separator);
    return { ok: true, document: { format: 'csv', text: '', blocks: [table] }, warnings, encoding: decoded.encoding };
  }
  return { ok: true, document: { format: 'text', text, blocks: linesOfText(text) }, warnings, encoding: decoded.encoding };
}
