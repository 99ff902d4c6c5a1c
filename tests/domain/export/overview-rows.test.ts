// The footnote an export writes for a Kamerstuk, and what the import reads back from it.
import { describe, expect, it } from 'vitest';
import { buildOverviewRows } from '../../../src/domain/export/overview-rows.ts';
import { parseKamerstukReference } from '../../../src/import/layouts/read/kamerstuk-reference.ts';
import { makeItem } from '../../helpers/items.ts';

describe('the Kamerstuk footnote of an export', () => {
  it.each([
    { ref: { dossier: '34843', number: '79', vergaderjaar: '2022/23' }, reference: null, footnote: 'Kamerstukken II 2022/23, 34843, nr. 79.' },
    // issue 23: "Kamerstukken II, 36410-VIII" had a stray comma (and was not read back).
    { ref: { dossier: '36410-VIII', number: '5', vergaderjaar: null }, reference: null, footnote: 'Kamerstukken II 36410-VIII, nr. 5.' },
    { ref: { dossier: '34122', number: '', vergaderjaar: null }, reference: 'T01234', footnote: 'Kamerstukken I, 34122.' },
  ])('$footnote', ({ ref, reference, footnote }) => {
    const item = { ...makeItem({ id: 1, title: 'x' }, '2026-03-31'), kamerstuk: ref, reference };
    const [row] = buildOverviewRows([item]).moties.concat(buildOverviewRows([item]).toezeggingen);
    expect(row?.footnote).toBe(footnote);
    if (!reference) expect(parseKamerstukReference(footnote).ref).toEqual(ref);
  });
});
