// The draft answer to the Eerste Kamer's rappel opens in LibreOffice: converted headless to text,
// its table holds the Eerste Kamer's columns and every T-number. LibreOffice is a test
// dependency like Chromium: `npm test` installs it first (scripts/ensure-libreoffice.sh), and
// without it this test fails with what to do instead of being skipped.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRappelDocx } from '../../../src/adapters/export/rappel.ts';
import { RAPPEL_COLUMNS, type RappelRow } from '../../../src/domain/export/rappel-rows.ts';
import { tempDir } from '../../helpers/db.ts';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));

const ROWS: RappelRow[] = [
  { id: 1, number: 'T01153', title: 'Beperking dubbelbenoemingen', status: 'openstaand', deadline: '', statusText: '', expected: '' },
  {
    id: 2,
    number: 'T01237',
    title: 'Toezending conceptversie richtlijn',
    status: 'deels voldaan',
    deadline: '1 januari 2024',
    statusText: 'De richtlijn is nog niet in de besluitvormende fase.\n\nHet kabinet volgt de onderhandelingen.',
    expected: '1 december 2025',
  },
];

describe('the rappel draft in LibreOffice', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('converts headless to text with the Eerste Kamer columns and every row', async () => {
    if (!SOFFICE) throw new Error("LibreOffice is missing: run scripts/ensure-libreoffice.sh (as root) or 'sudo apt-get install libreoffice-writer-nogui' once.");
    const dir = tempDir('motiebot-rappel-');
    dirs.push(dir);
    const docx = join(dir, 'rappel.docx');
    writeFileSync(docx, await writeRappelDocx(ROWS, 'Rappel toezeggingen Eerste Kamer — concept-antwoord BZK'));
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const text = readFileSync(join(dir, 'rappel.txt'), 'utf8');
    for (const column of RAPPEL_COLUMNS) expect(text).toContain(column.header);
    for (const row of ROWS) expect(text).toContain(row.number);
    expect(text).toContain('deels voldaan');
    expect(text).toContain('Het kabinet volgt de onderhandelingen.');
  }, 180_000);
});
