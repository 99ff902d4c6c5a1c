import { describe, expect, it } from 'vitest';
import { computePunctuality, punctualitySince } from '../../src/domain/punctuality.ts';

const today = '2026-11-28';

describe('computePunctuality', () => {
  it('counts on time and late per code, with the median delay of the late ones', () => {
    const result = computePunctuality(
      [
        { codes: ['SOCW'], deadline: '2026-03-01', informedOn: '2026-03-01' }, // on the day: on time
        { codes: ['SOCW'], deadline: '2026-03-01', informedOn: '2026-02-01' }, // early
        { codes: ['SOCW', 'MOCW'], deadline: '2026-01-01', informedOn: '2026-01-11' }, // 10 days late
        { codes: ['SOCW'], deadline: '2026-01-01', informedOn: '2026-02-05' }, // 35 days late
        { codes: ['SOCW'], deadline: '2023-01-01', informedOn: '2026-01-30' }, // 1125 days late
        { codes: ['MOCW'], deadline: '2025-01-01', informedOn: '2025-11-28' }, // outside the twelve months
        { codes: ['MOCW'], deadline: '2026-01-01', informedOn: '2026-11-29' }, // after today: ignored
      ],
      today,
    );
    expect(result).toEqual([
      { code: 'MOCW', onTime: 0, late: 1, medianDelayDays: 10 },
      { code: 'SOCW', onTime: 2, late: 3, medianDelayDays: 35 },
    ]);
  });

  it('has no median without late items, and averages the middle two of an even count', () => {
    expect(computePunctuality([{ codes: ['SOCW'], deadline: '2026-05-01', informedOn: '2026-04-01' }], today)).toEqual([
      { code: 'SOCW', onTime: 1, late: 0, medianDelayDays: null },
    ]);
    const even = computePunctuality(
      [
        { codes: ['SOCW'], deadline: '2026-05-01', informedOn: '2026-05-11' },
        { codes: ['SOCW'], deadline: '2026-05-01', informedOn: '2026-05-21' },
      ],
      today,
    );
    expect(even[0]!.medianDelayDays).toBe(15);
  });

  it('starts the window twelve months before today', () => {
    expect(punctualitySince('2026-11-28')).toBe('2025-11-28');
  });
});
