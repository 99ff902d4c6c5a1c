// Layout 3, Eerste Kamer register pages and rappel lists (src/import/layouts/ek-register/); its fixtures are in
// tests/fixtures/layouts/ek-register/.
import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../../src/import/layouts/index.ts';
import { formatKamerstukKey } from '../../../../src/domain/items.ts';
import { readFailureNl } from '../../../../src/texts/import.nl.ts';
import { fixture, textDoc, TODAY, summary } from '../layout-helpers.ts';

describe('layout 3: Eerste Kamer register pages', () => {
  it('reads Kerngegevens blocks: number as reference, Deadline as the term, the status, the bewindspersoon and the dossier as Kamerstuk', () => {
    const read = summary(textDoc(fixture('ek-register/ek-toezeggingen.txt')));
    expect(read.layout).toBe('ek-register');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'toezegging', status: 'open', reference: 'T03412', term: '1 april 2026', deadline: '2026-04-01', codes: ['MBZK'], kamerstuk: '35112/36100-CK' }),
      expect.objectContaining({ kind: 'toezegging', status: 'open', partly: true, reference: 'T03520', term: '31-12-2024', deadline: '2024-12-31', codes: ['SVWS'], kamerstuk: '31839' }),
      expect.objectContaining({ kind: 'toezegging', status: 'done', reference: 'T03001', term: 'voor de zomer van 2022', codes: ['MBZK'], kamerstuk: '26643-AB' }),
    ]);
    expect(read.problems).toEqual([]);
  });

  it('stores the Eerste Kamer dossier as the Kamerstuk, not in the title, and keeps the promise as the text', () => {
    const read = readLayout(textDoc(fixture('ek-register/ek-toezeggingen.txt')), { today: TODAY });
    expect(read.ok && read.items[0]?.title).toBe('Evaluatie van de Wet open overheid');
    expect(read.ok && read.items[0]?.kamerstuk).toEqual({ dossier: '35112/36100', number: 'CK', vergaderjaar: null });
    expect(read.ok && read.items[0]?.text).toMatch(/^De minister van Binnenlandse Zaken .* aan de Kamer te sturen\.$/);
  });

  it.each([
    ['34.122', '34122'],
    ['22.112 / 31.544, CK', '22112/31544-CK'],
    ['36.200 VII, A', '36200-VII-A'],
    ['32.500-VII', '32500-VII'],
  ])('reads the dossier (%s) as %s', (dossier, expected) => {
    const read = summary(textDoc(`Toezegging Een brief (${dossier}) (T02001)\nDe minister zegt toe een brief te sturen.\nKerngegevens\nNummer T02001\nStatus openstaand\n`));
    expect(read.items.map((i) => i.kamerstuk)).toEqual([expected]);
  });

  it('reads the register\'s rappel page (eerstekamer.nl, BZK, september 2025): label and value on one line, values over several lines, the current bewindspersoon', () => {
    const read = readLayout(textDoc(fixture('ek-register/ek-rappel-bzk-2025.txt')), { today: TODAY });
    if (!read.ok) throw new Error(readFailureNl(read));
    expect(read.layout.id).toBe('ek-register');
    expect(
      read.items.map((i) => ({ reference: i.reference, title: i.title, kamerstuk: i.kamerstuk && formatKamerstukKey(i.kamerstuk), status: i.status, deadline: i.deadline?.deadline ?? null, codes: i.responsible.map((r) => r.code) })),
    ).toEqual([
      { reference: 'T01237', title: 'Toezending conceptversie richtlijn', kamerstuk: '22112/31544-CK', status: 'open', deadline: '2024-01-01', codes: ['MBZK'] },
      { reference: 'T01153', title: 'Beperking dubbelbenoemingen', kamerstuk: '30585', status: 'open', deadline: null, codes: ['MBZK'] },
    ]);
    expect(read.items[0]?.text).toMatch(/^De staatssecretaris voor Europese Zaken zegt de Kamer, .* aan de Eerste Kamer opstuurt\.$/);
    expect(read.items[1]?.text).not.toMatch(/Hendrikx \(CDA\):/); // the passages after the block are no part of the promise
  });

  it.each([
    ['as the page copies', (text: string) => text],
    ['with a Markdown heading and bold labels', (text: string) => text.replace(/^Toezegging/, '# Toezegging').replace(/^(Nummer|Status|Deadline) \|/gm, '**$1** |')],
    ['with the pipes on both sides', (text: string) => text.replace(/^(?!Toezegging|De Minister|Handelingen|Mevrouw)(.+)$/gm, '| $1')],
  ])('reads one toezegging page in Markdown, Kerngegevens as a two-column pipe table (%s)', (_, variant) => {
    const text = variant(fixture('ek-register/ek-toezegging-T01970.md'));
    const read = summary(textDoc(text));
    expect(read.layout).toBe('ek-register');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'toezegging', status: 'open', partly: true, reference: 'T01970', kamerstuk: '33344', term: '1 juli 2025', deadline: '2025-07-01', codes: ['MBZK'] }),
    ]);
    const items = readLayout(textDoc(text), { today: TODAY });
    expect(items.ok && items.items[0]?.title).toBe('Schrappen artikel 5, tweede lid, sub d van de Algemene wet gelijke behandeling');
    expect(items.ok && items.items[0]?.text).toMatch(/^De Minister van Binnenlandse Zaken .* te schrappen\.$/);
  });

  it('reads a rappel list of T-numbered lines', () => {
    const text = 'Rappellijst toezeggingen\nT02001 - Brief over de Omgevingswet\nDeadline: 1-3-2024\nStatus: openstaand\nT02002 - Evaluatie van de Jeugdwet\nDeadline: 1 juni 2024\n';
    const read = summary(textDoc(text));
    expect(read.items.map((i) => [i.reference, i.deadline, i.status])).toEqual([
      ['T02001', '2024-03-01', 'open'],
      ['T02002', '2024-06-01', 'open'],
    ]);
  });
});
