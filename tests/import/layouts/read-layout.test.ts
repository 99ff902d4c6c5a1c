// readLayout over every layout (src/import/layouts/index.ts): a document no layout recognises. Each layout's
// own tests are in tests/import/layouts/<layout>/layout.test.ts.
import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../src/import/layouts/index.ts';
import { readFailureNl } from '../../../src/texts/import.nl.ts';
import { textDoc, TODAY } from './layout-helpers.ts';

describe('unknown layouts', () => {
  it('lists the layouts it knows and how to map columns', () => {
    const read = readLayout(textDoc('Geachte voorzitter,\n\nHierbij de brief.\n'), { today: TODAY });
    expect(read.ok).toBe(false);
    const message = !read.ok ? readFailureNl(read) : '';
    expect(message).toContain('Er is niets geïmporteerd');
    for (const name of ['stand-van-zakenlijst', 'bijlage moties en toezeggingen', 'Eerste Kamer', 'Tweede Kamer', 'eigen overzicht in tabelvorm']) {
      expect(message).toContain(name);
    }
    expect(message).toContain('--kolommen "Termijn=deadline');
  });
});
