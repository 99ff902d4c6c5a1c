// Import per layout reader (issue 28): the generated overview (lib/overview.ts) as text, CSV, Excel
// and Word, imported by the compiled CLI (`motie import <file> … --db …`, Node's start-up included)
// into a fresh database; beside it, in the same run and interleaved, the floor: the same files read
// with the same library and their rows inserted raw (import-floor.mjs).
// 10,000 items: one file, best of `runs`; 100,000 items: ten files of 10,000 (a file holds at most
// 25 MB, 100,000 rows and 300,000 cells: issue 22.5), imported by one `motie import` of all ten, as a
// person imports several overviews; with `perFile`, by ten commands one after the other (one process
// per file, what a 100,000-item import cost before `motie import` took several files).
// Standalone: npx tsx bench/import-layouts.ts [--items 10000] [--runs 3] [--formats text,csv] [--per-file]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ROOT } from './lib/child.ts';
import { csvOfTable, docxOfTable, LAYOUT_FORMATS, tableOfOverview, xlsxOfTable, type LayoutFormat } from './lib/layout-files.ts';
import { generateOverviewParts } from './lib/overview.ts';

const PART_SIZE = 10_000;
const DOCUMENT_DATE = '2025-10-01';
const EXTENSION: Record<LayoutFormat, string> = { text: 'txt', csv: 'csv', xlsx: 'xlsx', docx: 'docx' };

export interface LayoutImportResult {
  format: LayoutFormat;
  items: number;
  files: number;
  /** Items in the database after our import (must equal `items`). */
  stored: number;
  /** Wall seconds of each run (all files of the run). */
  seconds: number[];
  /**
   * Wall seconds of each file of the last run, in order, when each file had its own command: whether
   * a file costs more as the database grows. Empty when one command imported all files.
   */
  fileSeconds: number[];
  /** Whether each file had its own `motie import` (and floor) process. */
  perFile: boolean;
  floorSeconds: number[];
  peakRssMiB: number;
  floorPeakRssMiB: number;
  /**
   * Per run (all files): our processes' main-thread CPU seconds and the seconds that thread was
   * ready to run but waited for a core (Linux schedstat; null elsewhere). Wall time is about their
   * sum: a run slower than another with the same CPU was given less of the machine.
   */
  mainCpuSeconds: (number | null)[];
  waitSeconds: (number | null)[];
}

interface ProcessResult {
  seconds: number;
  peakRssMiB: number;
  mainCpuMs: number | null;
  waitMs: number | null;
}

function runProcess(script: string, args: string[]): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const line = out.split('\n').find((l) => l.startsWith('BENCH-RESULT '));
      if (code !== 0 || !line) {
        reject(new Error(`${script} ${args.join(' ')} exited with ${String(code)}\n${err.slice(-2000)}\n${out.slice(-1000)}`));
        return;
      }
      const reported = JSON.parse(line.slice('BENCH-RESULT '.length)) as { peakRssMiB: number; mainCpuMs?: number | null; waitMs?: number | null };
      resolve({ seconds, peakRssMiB: reported.peakRssMiB, mainCpuMs: reported.mainCpuMs ?? null, waitMs: reported.waitMs ?? null });
    });
  });
}

/** Writes the overview of `items` items in every format, in files of at most 10,000 items; returns the files per format. */
export function writeLayoutFiles(dir: string, items: number, formats: readonly LayoutFormat[] = LAYOUT_FORMATS): Record<LayoutFormat, string[]> {
  const files: Record<LayoutFormat, string[]> = { text: [], csv: [], xlsx: [], docx: [] };
  generateOverviewParts(items, PART_SIZE).forEach((text, i) => {
    const name = (format: LayoutFormat) => join(dir, `overview-${items}-${String(i + 1).padStart(2, '0')}.${EXTENSION[format]}`);
    const table = formats.some((f) => f !== 'text') ? tableOfOverview(text, DOCUMENT_DATE) : [];
    const bytes: Record<LayoutFormat, () => string | Uint8Array> = {
      text: () => text,
      csv: () => csvOfTable(table),
      xlsx: () => xlsxOfTable(table),
      docx: () => docxOfTable(table, 'Overzicht van moties en toezeggingen'),
    };
    for (const format of formats) {
      writeFileSync(name(format), bytes[format]());
      files[format].push(name(format));
    }
  });
  return files;
}

/** "; main thread CPU 1.52 / 1.50 s, waited for a core 0.31 / 0.06 s" per run, or '' where not measured. */
export function scheduleOfRuns(r: Pick<LayoutImportResult, 'mainCpuSeconds' | 'waitSeconds'>): string {
  const seconds = (values: (number | null)[]) => values.map((s) => (s === null ? '—' : s.toFixed(2))).join(' / ');
  if (r.mainCpuSeconds.every((s) => s === null)) return '';
  return `; main thread CPU ${seconds(r.mainCpuSeconds)} s, waited for a core ${seconds(r.waitSeconds)} s`;
}

/**
 * Imports the files `runs` times into fresh databases, each run beside a run of the floor: all files
 * in one command, or with `perFile` one command per file.
 */
export async function measureLayout(
  format: LayoutFormat,
  files: readonly string[],
  items: number,
  runs: number,
  dir: string,
  { perFile = false }: { perFile?: boolean } = {},
): Promise<LayoutImportResult> {
  const result: LayoutImportResult = { format, items, files: files.length, stored: 0, seconds: [], fileSeconds: [], perFile, floorSeconds: [], peakRssMiB: 0, floorPeakRssMiB: 0, mainCpuSeconds: [], waitSeconds: [] };
  const commands = perFile ? files.map((file) => [file]) : [files];
  for (let run = 0; run < runs; run++) {
    const db = join(dir, `ours-${format}-${items}-${run}.db`);
    const floorDb = join(dir, `floor-${format}-${items}-${run}.db`);
    let seconds = 0;
    let floorSeconds = 0;
    let mainCpuMs: number | null = 0;
    let waitMs: number | null = 0;
    result.fileSeconds = [];
    for (const command of commands) {
      const ours = await runProcess('bench/cli-measured.mjs', ['import', ...command, '--document-date', DOCUMENT_DATE, '--db', db]);
      const floor = await runProcess('bench/import-floor.mjs', [...command, floorDb]);
      seconds += ours.seconds;
      if (perFile) result.fileSeconds.push(ours.seconds);
      floorSeconds += floor.seconds;
      mainCpuMs = mainCpuMs === null || ours.mainCpuMs === null ? null : mainCpuMs + ours.mainCpuMs;
      waitMs = waitMs === null || ours.waitMs === null ? null : waitMs + ours.waitMs;
      result.peakRssMiB = Math.max(result.peakRssMiB, ours.peakRssMiB);
      result.floorPeakRssMiB = Math.max(result.floorPeakRssMiB, floor.peakRssMiB);
    }
    result.seconds.push(seconds);
    result.floorSeconds.push(floorSeconds);
    result.mainCpuSeconds.push(mainCpuMs === null ? null : mainCpuMs / 1000);
    result.waitSeconds.push(waitMs === null ? null : waitMs / 1000);
    const check = new Database(db, { readonly: true });
    result.stored = (check.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
    check.close();
    for (const path of [db, floorDb]) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, formats: { type: 'string' }, 'per-file': { type: 'boolean', default: false } } });
  const formats = (values.formats?.split(',') ?? LAYOUT_FORMATS) as LayoutFormat[];
  const dir = mkdtempSync(join(tmpdir(), 'motiebot-bench-layouts-'));
  try {
    mkdirSync(join(dir, 'files'));
    const files = writeLayoutFiles(join(dir, 'files'), Number(values.items), formats);
    for (const format of formats) {
      const r = await measureLayout(format, files[format], Number(values.items), Number(values.runs), dir, { perFile: values['per-file'] });
      process.stdout.write(
        `${format.padEnd(5)} ${r.items} items in ${r.files} file(s), ${r.perFile ? 'one command per file' : 'one command'}, ${r.stored} stored: ${r.seconds.map((s) => s.toFixed(2)).join(' / ')} s ` +
          `(floor ${r.floorSeconds.map((s) => s.toFixed(2)).join(' / ')} s), peak ${r.peakRssMiB.toFixed(0)} MiB (floor ${r.floorPeakRssMiB.toFixed(0)} MiB)` +
          `${r.fileSeconds.length > 0 ? `; per file of the last run ${r.fileSeconds.map((s) => s.toFixed(2)).join(' ')} s` : ''}${scheduleOfRuns(r)}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
