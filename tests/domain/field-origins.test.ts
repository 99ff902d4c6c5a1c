// What the audit trail's last entries mean for an import: who wrote a field, and as of which day
// (domain/field-origins.ts; the store reads the entries, this decides).
import { describe, expect, it } from 'vitest';
import { withFieldOrigins, type RecordedChange } from '../../src/domain/field-origins.ts';
import type { Item } from '../../src/domain/items.ts';

const item = { id: 1, statusText: 'Loopt.' } as Item;
const change = (actor: string, on: string, changed = true, documentDate: string | null = null): RecordedChange => ({ actor, on, changed, documentDate });

describe('withFieldOrigins', () => {
  it.each([
    { what: 'a person in Slack', last: change('U0123ABCD', '2025-05-02'), origin: { actor: 'U0123ABCD', person: true, on: '2025-05-02' } },
    { what: 'a person on the command line', last: change('cli:anna', '2025-05-02'), origin: { actor: 'cli:anna', person: true, on: '2025-05-02' } },
    { what: 'an import', last: change('import', '2025-05-02', true, '2025-04-01'), origin: { actor: 'import', person: false, on: '2025-05-02' } },
    { what: 'the item created by a person (no edit)', last: change('U0123ABCD', '2025-05-02', false), origin: { actor: 'U0123ABCD', person: false, on: '2025-05-02' } },
  ])('the stand van zaken last written by $what', ({ last, origin }) => {
    expect(withFieldOrigins(item, { statusText: last }, '2025-01-01').statusTextOrigin).toEqual(origin);
  });

  it('a stand van zaken never written since creation is the system\'s, as of the creation day', () => {
    expect(withFieldOrigins(item, {}, '2025-01-01')).toMatchObject({
      statusTextOrigin: { actor: 'system', person: false, on: '2025-01-01' },
      statusOrigin: null,
      deadlineOrigin: null,
      partlyOrigin: null,
    });
  });

  it("a status, term or 'deels afgedaan' an import set is as new as its document, not the day it was imported", () => {
    const imported = change('import', '2025-05-02', true, '2025-04-01');
    const origins = withFieldOrigins(item, { status: imported, deadline: imported, partly: imported }, '2025-01-01');
    expect([origins.statusOrigin?.on, origins.deadlineOrigin?.on, origins.partlyOrigin?.on]).toEqual(['2025-04-01', '2025-04-01', '2025-04-01']);
    // a person's change counts from its own day
    expect(withFieldOrigins(item, { status: change('U0123ABCD', '2025-05-02', true, '2025-04-01') }, '2025-01-01').statusOrigin).toEqual({ actor: 'U0123ABCD', person: true, on: '2025-05-02' });
  });
});
