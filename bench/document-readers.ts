// The Word and Excel readers against the ones they replaced (issue 22.5 / 28), one reader per
// process so that the peak (the kernel's maxRSS) is that reader's:
//   npx tsx bench/document-readers.ts docx|mammoth FILE.docx
//   npx tsx bench/document-readers.ts xlsx|exceljs FILE.xlsx
// prints the reader's time, the number of blocks and the process's peak resident memory. Run the
// two of a pair in the same minute: on a shared machine only the ratio says something.
import { readFileSync } from 'node:fs';
import { readDocx } from '../src/import/document/docx.ts';
import { readXlsx } from '../src/import/document/xlsx.ts';
import { DEFAULT_LIMITS } from '../src/import/document/limits.ts';
import { readXlsxWithExceljs } from '../tests/helpers/exceljs-tables.ts';
import { readDocxWithMammoth } from '../tests/helpers/mammoth-blocks.ts';

const [which, file] = process.argv.slice(2);
const readers: Record<string, (bytes: Uint8Array) => unknown> = {
  docx: (bytes) => readDocx(bytes, DEFAULT_LIMITS),
  mammoth: (bytes) => readDocxWithMammoth(bytes),
  xlsx: (bytes) => readXlsx(bytes, DEFAULT_LIMITS),
  exceljs: (bytes) => readXlsxWithExceljs(bytes),
};
const reader = which === undefined ? undefined : readers[which];
if (!reader || !file) {
  console.error('usage: bench/document-readers.ts docx|mammoth|xlsx|exceljs FILE');
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(file));
const started = performance.now();
const blocks = await reader(bytes);
const ms = performance.now() - started;
console.log(`${String(which)} ${file}: ${ms.toFixed(0)} ms, ${Array.isArray(blocks) ? blocks.length : 'refused'} blocks, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
