import { describe, expect, it } from 'vitest';
import { emptyStatusFilter, foldName, parseStatusFilter, type StatusFilter } from '../../src/domain/status-filter.ts';

const f = (over: Partial<StatusFilter>): StatusFilter => ({ ...emptyStatusFilter(), ...over });

describe('parseStatusFilter', () => {
  it.each([
    ['', f({})],
    ['SOCW', f({ codes: ['SOCW'] })],
    ['socw mjenv OCW', f({ codes: ['SOCW', 'MJenV'], ministries: ['OCW'] })],
    ['alles', f({ all: true })],
    ['alles SOCW', f({ all: true })],
    ['zonder termijn', f({ groups: ['none'] })],
    ['Zonder  Termijn', f({ groups: ['none'] })],
    ['geen termijn', f({ groups: ['none'] })],
    ['later', f({ groups: ['later'] })],
    ['te laat', f({ groups: ['overdue'] })],
    ['binnen 4 weken later', f({ groups: ['soon', 'later'] })],
    ['moties', f({ kind: 'motie' })],
    ['toezeggingen SOCW', f({ kind: 'toezegging', codes: ['SOCW'] })],
    ['afgerond', f({ done: true })],
    ['vervallen', f({ lapsed: true })],
    ['ontraden', f({ appreciatie: 'Ontraden', kind: 'motie' })],
    ['ontraden IenW', f({ appreciatie: 'Ontraden', kind: 'motie', ministries: ['IenW'] })],
    ['Mutluer', f({ submitter: 'Mutluer' })],
    ['indiener van der Laan', f({ submitter: 'van der Laan' })],
    ['SOCW moties later Van der Werf', f({ codes: ['SOCW'], kind: 'motie', groups: ['later'], submitter: 'Van der Werf' })],
    // Once a name has started, the rest is the name ("Van Later" is no group).
    ['Van Later', f({ submitter: 'Van Later' })],
  ] as const)('reads "%s"', (text, expected) => {
    expect(parseStatusFilter(text)).toEqual({ ok: true, filter: expected });
  });

  it('refuses vervallen together with afgerond or a group of open items', () => {
    expect(parseStatusFilter('vervallen later')).toEqual({ ok: false, code: 'STATUS_FILTER_CONFLICT', word: 'vervallen' });
    expect(parseStatusFilter('afgerond vervallen')).toEqual({ ok: false, code: 'STATUS_FILTER_CONFLICT', word: 'vervallen' });
  });

  it('refuses afgerond together with a group of open items', () => {
    expect(parseStatusFilter('afgerond zonder termijn')).toEqual({ ok: false, code: 'STATUS_FILTER_CONFLICT', word: 'afgerond' });
  });

  it('folds names for comparing: case, accents, ligature ĳ, spaces', () => {
    expect(foldName('  Öztürk ')).toBe('ozturk');
    expect(foldName('Van  der LAAN')).toBe('van der laan');
    expect(foldName('Bĳleveld')).toBe('bijleveld');
    expect(foldName('Ellian')).not.toBe(foldName('Ellan'));
  });
});
