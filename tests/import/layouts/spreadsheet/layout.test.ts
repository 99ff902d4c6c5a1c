// Layout 5, the team's own spreadsheets (src/import/layouts/spreadsheet/); its fixture is in
// tests/fixtures/layouts/spreadsheet/.
import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../../src/import/layouts/index.ts';
import { parseColumnOverrides } from '../../../../src/import/layouts/read/fields.ts';
import { columnsProblemNl, importProblemNl, readFailureNl } from '../../../../src/texts/import.nl.ts';
import { tableDoc, TODAY, summary } from '../layout-helpers.ts';

describe('layout 5: team spreadsheets', () => {
  it('finds the header on row 4 under title rows, skips empty rows and section rows, and reads ja/nee', () => {
    const read = summary(
      tableDoc([
        ['Overzicht moties OCW', 'Overzicht moties OCW', 'Overzicht moties OCW', 'Overzicht moties OCW', ''],
        ['Stand per 1 maart 2025', '', '', '', ''],
        ['', '', '', '', ''],
        ['Nr.', 'Kamerstuk', 'Korte inhoud', 'Termijn', 'Afgehandeld?'],
        ['Toezeggingen', 'Toezeggingen', 'Toezeggingen', 'Toezeggingen', 'Toezeggingen'],
        ['1', '', 'De minister stuurt een brief', 'Q3 2025', 'nee'],
        ['', '', '', '', ''],
        ['2', '', 'De minister stuurt een tweede brief', '2025-06-01', 'ja'],
      ]),
    );
    expect(read.documentDate).toBe('2025-03-01');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'toezegging', status: 'open', term: 'Q3 2025', deadline: '2025-09-30', codes: ['MOCW'] }),
      expect.objectContaining({ kind: 'toezegging', status: 'done', term: '1 juni 2025', deadline: '2025-06-01' }),
    ]);
  });

  it('follows --kolommen over the synonyms', () => {
    const rows = [['Onderwerp', 'Wanneer', 'Stand'], ['Brief over de bekostiging', 'eind 2025', 'Loopt']];
    const columns = parseColumnOverrides('Wanneer=deadline,Onderwerp=title');
    if (!columns.ok) throw new Error(columnsProblemNl(columns));
    const read = summary(tableDoc(rows), { columns: columns.overrides });
    expect(read.items).toEqual([expect.objectContaining({ term: 'eind 2025', deadline: '2025-12-31', status: 'open' })]);
  });

  it('names the columns it does not use and says where the kind and the ministry were guessed', () => {
    const read = readLayout(
      tableDoc([
        ['Moties en toezeggingen Ministerie van OCW'],
        ['Omschrijving', 'Termijn', 'Wie', 'Wanneer', 'Notitie'],
        ['Verzoekt de regering een plan te maken', 'eind 2025', 'Anna', 'week 12', ''],
        ['De minister zegt toe de Kamer te informeren', 'Q3 2025', 'Bram', '', 'x'],
      ]),
      { today: TODAY, columns: new Map([['notitie', 'ignore' as const]]) },
    );
    if (!read.ok) throw new Error(readFailureNl(read));
    expect(read.items.map((item) => [item.kind, item.responsible.map((r) => r.code)])).toEqual([['motie', ['MOCW']], ['toezegging', ['MOCW']]]);
    const unused = read.problems.find((p) => p.code === 'LAYOUT_COLUMNS_UNUSED');
    expect(unused).toEqual({ line: 2, code: 'LAYOUT_COLUMNS_UNUSED', severity: 'warning', columns: ['Wie', 'Wanneer'] }); // "Notitie" is ignored on purpose
    expect(importProblemNl(unused!)).toBe(
      'De kolommen "Wie" en "Wanneer" (kopregel 2) worden niet ingelezen. Hoort er een veld bij, geef dat dan op met --kolommen, bijvoorbeeld --kolommen "Wie=owner".',
    );
    const kind = read.problems.find((p) => p.code === 'LAYOUT_KIND_GUESSED');
    expect(kind && importProblemNl(kind)).toBe(
      'Bij 2 rijen (regel 3 en 4) staat niet of het een motie of toezegging is; uit de tekst afgeleid: 1 motie en 1 toezegging. Controleer dat, of voeg een kolom "Soort" toe.',
    );
    const ministry = read.problems.find((p) => p.code === 'LAYOUT_MINISTRY_GUESSED');
    expect(ministry && importProblemNl(ministry)).toBe(
      'Bij 2 rijen (regel 3 en 4) staat geen bewindspersoon of ministerie; toegeschreven aan OCW, dat de titel van het document noemt. Controleer dat, of voeg een kolom "Bewindspersoon" toe.',
    );
  });

  it('says nothing of guesses or unused columns when the sheet gives kind and bewindspersoon in its own columns', () => {
    const read = readLayout(
      tableDoc([
        ['Soort', 'Omschrijving', 'Bewindspersoon'],
        ['Toezegging', 'Verzoekt de regering een plan te maken', 'SOCW'],
      ]),
      { today: TODAY },
    );
    expect(read.ok && read.problems).toEqual([]);
  });

  it('answers a table it cannot map with the columns found and the columns needed, in Dutch', () => {
    const read = readLayout(tableDoc([['Kleur', 'Gewicht'], ['rood', '3']]), { today: TODAY });
    expect(read.ok).toBe(false);
    expect(read).toEqual({ ok: false, code: 'LAYOUT_COLUMNS_UNMAPPED', found: ['Kleur', 'Gewicht'] });
    expect(!read.ok && readFailureNl(read)).toContain('Gevonden kolommen: "Kleur", "Gewicht"');
    expect(!read.ok && readFailureNl(read)).toContain('Nodig is een kolom met de tekst van de motie of toezegging');
    expect(!read.ok && readFailureNl(read)).toContain('--kolommen');
  });
});

describe('a table with the term as words and as a date (an export read back)', () => {
  it('keeps the words verbatim and the date as the deadline', () => {
    const read = summary(
      tableDoc([
        ['Soort', 'Omschrijving', 'Termijn', 'Deadline', 'Status'],
        ['Toezegging', 'De minister stuurt een brief', 'voor de zomer van 2025', '2025-07-03', 'open'],
        ['Toezegging', 'De minister stuurt een tweede brief', 'na overleg met de sector', '2025-10-01', 'open'],
      ]),
    );
    expect(read.items.map((i) => [i.term, i.deadline])).toEqual([
      ['voor de zomer van 2025', '2025-07-03'],
      ['na overleg met de sector', '2025-10-01'],
    ]);
  });
});

describe('an Excel date cell in a Termijn column (issue 23)', () => {
  it('becomes a Dutch date as the term text, not the ISO date the workbook reader gives', () => {
    const read = summary(
      tableDoc([
        ['Soort', 'Omschrijving', 'Termijn', 'Status'],
        ['Toezegging', 'De minister stuurt een brief', '2025-07-01', 'open'],
        ['Toezegging', 'De minister stuurt een tweede brief', '2025-10-01T00:00:00', 'open'],
        ['Toezegging', 'De minister stuurt een derde brief', '1-12-2025', 'open'],
      ]),
    );
    expect(read.items.map((i) => [i.term, i.deadline])).toEqual([
      ['1 juli 2025', '2025-07-01'],
      ['1 oktober 2025', '2025-10-01'],
      // Typed by a person: kept as written.
      ['1-12-2025', '2025-12-01'],
    ]);
  });
});
