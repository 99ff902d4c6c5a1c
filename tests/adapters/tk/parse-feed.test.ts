import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/adapters/tk/parse-feed.ts';
import { calendarDateOf, readToezegging } from '../../../src/adapters/tk/read-toezegging.ts';
import { T, tkEntry, tkFeed } from '../../helpers/fake-syncfeed.ts';

const recorded = readFileSync(new URL('../../fixtures/tk/feed-recorded-toezeggingen.xml', import.meta.url), 'utf8');

function only(xml: string) {
  const parsed = parseFeed(xml);
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.page;
}

describe('parseFeed', () => {
  it.each(['ns1:', 'tk:', ''])('reads an entity with prefix "%s" by its local names', (prefix) => {
    const page = only(tkFeed({ entries: [tkEntry({ ...T.done, prefix }, 102)], next: 102 }));
    expect(page.next).toContain('skiptoken=102');
    expect(page.entries).toHaveLength(1);
    const [entry] = page.entries;
    expect(entry).toMatchObject({ entityId: T.done.id, category: 'toezegging', entityName: 'toezegging' });
    expect(entry!.next).toBe('BASE/Feed?skiptoken=102&category=Toezegging');
    const record = readToezegging(entry!.entityId, entry!.entity);
    expect(record).toMatchObject({ id: T.done.id, deleted: false, nummer: 'TZ202503-102', status: 'Afgedaan', kamerbriefNakoming: ['36600-VIII-12', '36600-VIII-14'], datumNakoming: '2025-04-20', aanmaakdatum: '2025-03-12' });
  });

  it('verwijderd="True" (capitalised) with an empty body is a delete', () => {
    const [entry] = only(tkFeed({ entries: [tkEntry({ ...T.open, deleted: true }, 106)], next: 106 })).entries;
    const record = readToezegging(entry!.entityId, entry!.entity);
    expect(record.deleted).toBe(true);
    expect(record.nummer).toBeNull();
  });

  it('an empty page with rel="resume" means caught up', () => {
    const page = only(tkFeed({ entries: [] }));
    expect(page).toEqual({ entries: [], next: null, resume: 'BASE/Feed?skiptoken=RESUME&category=Toezegging' });
  });

  it('a truncated page is an error value, not a shorter page', () => {
    const xml = tkFeed({ entries: [tkEntry(T.open, 101), tkEntry(T.done, 102)], next: 102 });
    const parsed = parseFeed(xml.slice(0, Math.floor(xml.length * 0.7)));
    expect(parsed).toMatchObject({ ok: false, code: 'TK_FEED_NOT_XML' });
  });

  it('an HTML error page is not a feed', () => {
    expect(parseFeed('<html><body>Service Unavailable</body></html>')).toMatchObject({ ok: false, code: 'TK_FEED_NOT_ATOM' });
  });

  it('reads the recorded rows: three prefixes, repeated and empty toegezegdAan, False, zones', () => {
    const page = only(recorded);
    const records = page.entries.map((e) => readToezegging(e.entityId, e.entity));
    expect(records.map((r) => [r.nummer, r.status, r.deleted, r.aanmaakdatum, r.datumNakoming])).toEqual([
      ['TZ202412-116', 'Openstaand', false, '2024-12-11', null],
      ['TZ202504-057', 'Afgedaan', false, '2025-04-16', '2025-05-19'],
      ['TZ202402-164', 'Afgedaan', false, '2024-02-08', '2024-04-30'],
    ]);
    expect(records[0]!.activiteitId).toBe('5e6f7a8b-0000-4000-8000-0000000000bb');
    expect(records[1]!.kamerbriefNakoming).toEqual(['29398-1190', '29398-1191']);
  });
});

describe('calendarDateOf', () => {
  it.each([
    ['2025-03-12T00:00:00', '2025-03-12'],
    ['2024-12-10T00:00:00+01:00', '2024-12-10'],
    ['2024-12-09T23:30:00Z', '2024-12-10'],
    ['2024-06-30T22:30:00Z', '2024-07-01'],
    ['2025-03-12', '2025-03-12'],
    ['0001-01-01T00:00:00', null],
    ['2025-02-30T00:00:00', null], // a day that does not exist is unreadable, not stored
    ['morgen', null],
    [null, null],
  ] as const)('%s → %s', (value, date) => { expect(calendarDateOf(value)).toBe(date); });
});
