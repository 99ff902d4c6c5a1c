// Layout 4, the Tweede Kamer toezeggingenregister export (src/import/layouts/tk-register/).
import { describe, expect, it } from 'vitest';
import { tableDoc, summary } from '../layout-helpers.ts';

describe('layout 4: Tweede Kamer register export', () => {
  const header = ['Id', 'Nummer', 'Naam', 'Functie', 'Ministerie', 'Status', 'Tekst', 'Aanmaakdatum', 'DatumNakoming'];

  it('reads TZ numbers, statuses and DatumNakoming as the term', () => {
    const read = summary(
      tableDoc([
        header,
        ['a', 'TZ202412-116', 'Wiersma, F.M.', 'Minister van Landbouw, Visserij, Voedselzekerheid en Natuur', 'LVVN', 'Openstaand', 'De minister stuurt in maart 2025 de terugkoppeling.', '2024-12-11', '2025-03-31'],
        ['b', 'TZ202504-057', 'Madlener, B.', 'Minister van Infrastructuur en Waterstaat', 'IenW', 'Afgedaan', 'De Kamer wordt voor de zomer geïnformeerd.', '2025-04-10', ''],
        ['c', 'TZ202402-164', 'X', 'Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking', 'BZ', 'Deels Afgedaan', 'Een briefing.', '2024-02-15', ''],
        ['d', 'TZ202311-010', 'Y', 'Staatssecretaris van Financiën', 'Fin', 'Vervallen', 'Een brief.', '2023-11-02', ''],
      ], 'csv'),
    );
    expect(read.layout).toBe('tk-register');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'toezegging', status: 'open', reference: 'TZ202412-116', term: '31 maart 2025', codes: ['MLVVN'] }),
      // no DatumNakoming: the term comes from the text, read from the Aanmaakdatum
      expect.objectContaining({ status: 'done', reference: 'TZ202504-057', term: 'voor de zomer', deadline: '2025-07-03', codes: ['MIenW'] }),
      expect.objectContaining({ status: 'open', partly: true, codes: ['MBHO'] }),
      expect.objectContaining({ status: 'lapsed', codes: ['SFin'] }),
    ]);
  });
});
