import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCalendar, lookupRecess } from '../../src/domain/dates/calendar.ts';
import { loadCalendar } from '../../src/store/calendar-file.ts';

describe('loadCalendar', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'motiebot-calendar-'));
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('returns the bundled calendar without a path', () => {
    expect(loadCalendar(undefined)).toBe(defaultCalendar);
    expect(loadCalendar('')).toBe(defaultCalendar);
  });

  it('merges the file into the bundled calendar (the docs/CALENDAR.md example)', () => {
    const path = join(dir, 'kalender.json');
    writeFileSync(
      path,
      JSON.stringify({
        recesses: [
          { year: 2027, name: 'voorjaarsreces', from: '2027-02-19', to: '2027-03-01', source: 'Tweede Kamer' },
          { year: 2027, name: 'zomerreces', from: '2027-07-02', to: '2027-08-30', source: 'Tweede Kamer' },
        ],
      }),
    );
    const calendar = loadCalendar(path);
    expect(lookupRecess(calendar, 'zomerreces', 2027)).toEqual({ from: '2027-07-02', to: '2027-08-30', basis: 'calendar' });
    expect(lookupRecess(calendar, 'zomerreces', 2024)).toEqual({ from: '2024-07-05', to: '2024-09-02', basis: 'calendar' });
  });

  it('throws a Dutch error naming the path when the file is missing', () => {
    const path = join(dir, 'bestaat-niet.json');
    expect(() => loadCalendar(path)).toThrow(`Kan het kalenderbestand ${path} niet lezen: het bestand bestaat niet.`);
  });

  it('throws a Dutch error naming the path when the file is not JSON', () => {
    const path = join(dir, 'kapot.json');
    writeFileSync(path, '{ recesses: [');
    expect(() => loadCalendar(path)).toThrow(`Het kalenderbestand ${path} is geen geldige JSON`);
  });

  it('throws a Dutch error naming the path and the field when the data is invalid', () => {
    const path = join(dir, 'ongeldig.json');
    writeFileSync(path, JSON.stringify({ recesses: [{ year: 2027, name: 'zomerreces', from: '2027-07-02', to: 'eind augustus' }] }));
    expect(() => loadCalendar(path)).toThrow(`Het kalenderbestand ${path} is ongeldig: recesses[0].to is geen geldige datum (JJJJ-MM-DD).`);
  });
});
