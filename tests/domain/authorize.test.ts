// Who may mark an item done or change its term: anyone in a channel linked to one of the item's
// codes or its ministry, and MOTIEBOT_ADMINS anywhere. Nobody else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canManageLinks, canChangeItem, mayOpenNewItem, refusedOverviewTargets, uncoveredCodes } from '../../src/domain/authorize.ts';
import type { Responsibility } from '../../src/domain/items.ts';

const SOCW: Responsibility = { code: 'SOCW', ministry: 'OCW' };
const MOCW: Responsibility = { code: 'MOCW', ministry: 'OCW' };
const MJENV: Responsibility = { code: 'MJenV', ministry: 'JenV' };
const ADMINS = ['UADMIN01', 'UADMIN02'];

interface Case {
  name: string;
  responsible: Responsibility[];
  userId: string;
  channelTargets: string[];
  admins?: string[];
  allowed: boolean;
}

const CASES: Case[] = [
  { name: 'a member of a channel linked to the item’s code', responsible: [SOCW], userId: 'UALICE', channelTargets: ['SOCW'], allowed: true },
  { name: 'a member of a channel linked to the item’s ministry', responsible: [SOCW], userId: 'UALICE', channelTargets: ['OCW'], allowed: true },
  { name: 'a channel linked to one of several codes of the item', responsible: [MJENV, SOCW], userId: 'UALICE', channelTargets: ['SOCW'], allowed: true },
  { name: 'a channel linked to several targets, one of them the item’s', responsible: [SOCW], userId: 'UALICE', channelTargets: ['SSZW', 'SOCW'], allowed: true },
  { name: 'an admin in a channel linked to nothing', responsible: [SOCW], userId: 'UADMIN01', channelTargets: [], allowed: true },
  { name: 'an admin in a channel linked to another ministry', responsible: [SOCW], userId: 'UADMIN02', channelTargets: ['JenV'], allowed: true },
  { name: 'an admin on an item without responsibilities', responsible: [], userId: 'UADMIN01', channelTargets: [], allowed: true },
  { name: 'someone in a direct message or a channel linked to nothing', responsible: [SOCW], userId: 'UALICE', channelTargets: [], allowed: false },
  { name: 'a channel linked to another code of the same ministry', responsible: [SOCW], userId: 'UALICE', channelTargets: ['MOCW'], allowed: false },
  { name: 'a channel linked to another ministry', responsible: [SOCW, MOCW], userId: 'UALICE', channelTargets: ['JenV', 'MJenV'], allowed: false },
  { name: 'a channel linked to a code, on an item without responsibilities', responsible: [], userId: 'UALICE', channelTargets: ['SOCW', 'OCW'], allowed: false },
  { name: 'a user whose id starts like an admin’s', responsible: [SOCW], userId: 'UADMIN0', channelTargets: [], allowed: false },
  { name: 'a user whose id extends an admin’s', responsible: [SOCW], userId: 'UADMIN011', channelTargets: [], allowed: false },
  { name: 'an empty user id with no admins configured', responsible: [SOCW], userId: '', channelTargets: [], admins: [], allowed: false },
  { name: 'a would-be admin when MOTIEBOT_ADMINS is empty', responsible: [SOCW], userId: 'UADMIN01', channelTargets: [], admins: [], allowed: false },
  { name: 'a target that only contains the code', responsible: [SOCW], userId: 'UALICE', channelTargets: ['SOCW,MOCW', 'XSOCW'], allowed: false },
];

describe('canChangeItem', () => {
  it.each(CASES)('$name → $allowed', (c) => {
    expect(canChangeItem({ responsible: c.responsible }, { userId: c.userId, channelTargets: c.channelTargets }, c.admins ?? ADMINS)).toBe(c.allowed);
  });

  it('allows exactly the admins and the channels linked to a code or ministry of the item (property)', () => {
    const code = fc.constantFrom('SOCW', 'MOCW', 'MJenV', 'SSZW', 'MBZK');
    const responsibility = code.map((c) => ({ code: c, ministry: c.slice(1) }));
    const target = fc.constantFrom<string>('SOCW', 'MOCW', 'MJenV', 'SSZW', 'MBZK', 'OCW', 'JenV', 'SZW', 'BZK');
    const user = fc.constantFrom('UADMIN01', 'UALICE', 'UBOB', 'WGUEST');
    fc.assert(
      fc.property(fc.array(responsibility, { maxLength: 3 }), fc.array(target, { maxLength: 4 }), user, (responsible, channelTargets, userId) => {
        const expected =
          ADMINS.includes(userId) || responsible.some((r) => channelTargets.includes(r.code) || channelTargets.includes(r.ministry));
        expect(canChangeItem({ responsible }, { userId, channelTargets }, ADMINS)).toBe(expected);
      }),
      { seed: 20250915, numRuns: 500 },
    );
  });
});

describe('canManageLinks', () => {
  it.each([
    [[], 'UANY', true],
    [['UADMIN'], 'UADMIN', true],
    [['UADMIN'], 'UBOB', false],
  ] as const)('admins %j, user %s → %s', (admins, user, allowed) => {
    expect(canManageLinks(user, admins)).toBe(allowed);
  });
});

describe('uncoveredCodes (creating an item) and mayOpenNewItem', () => {
  it.each([
    { name: 'a channel linked to every code', responsible: [SOCW, MJENV], userId: 'UALICE', channelTargets: ['SOCW', 'MJenV'], refused: [] },
    { name: 'a channel linked to the ministry of each code', responsible: [SOCW, MOCW], userId: 'UALICE', channelTargets: ['OCW'], refused: [] },
    { name: 'a channel linked to one of two codes', responsible: [SOCW, MJENV], userId: 'UALICE', channelTargets: ['SOCW'], refused: ['MJenV'] },
    { name: 'a channel linked to nothing', responsible: [SOCW], userId: 'UALICE', channelTargets: [], refused: ['SOCW'] },
    { name: 'another code of the same ministry', responsible: [SOCW], userId: 'UALICE', channelTargets: ['MOCW'], refused: ['SOCW'] },
    { name: 'an admin anywhere', responsible: [SOCW, MJENV], userId: 'UADMIN01', channelTargets: [], refused: [] },
  ])('$name → refused $refused', ({ responsible, userId, channelTargets, refused }) => {
    expect(uncoveredCodes(responsible, { userId, channelTargets }, ADMINS)).toEqual(refused);
  });

  it.each([
    { name: 'an admin in a channel linked to nothing', userId: 'UADMIN01', channelTargets: [], allowed: true },
    { name: 'anyone in a linked channel', userId: 'UALICE', channelTargets: ['SOCW'], allowed: true },
    { name: 'someone else in a channel linked to nothing', userId: 'UALICE', channelTargets: [], allowed: false },
  ])('opening the form: $name → $allowed', ({ userId, channelTargets, allowed }) => {
    expect(mayOpenNewItem({ userId, channelTargets }, ADMINS)).toBe(allowed);
  });

  it('never lets someone create an item they could not change afterwards (property)', () => {
    const code = fc.constantFrom('SOCW', 'MOCW', 'MJenV', 'SSZW');
    const responsibility = code.map((c) => ({ code: c, ministry: c.slice(1) }));
    const target = fc.constantFrom<string>('SOCW', 'MOCW', 'MJenV', 'SSZW', 'OCW', 'JenV', 'SZW');
    const user = fc.constantFrom('UADMIN01', 'UALICE');
    fc.assert(
      fc.property(fc.array(responsibility, { minLength: 1, maxLength: 3 }), fc.array(target, { maxLength: 4 }), user, (responsible, channelTargets, userId) => {
        const actor = { userId, channelTargets };
        if (uncoveredCodes(responsible, actor, ADMINS).length === 0) expect(canChangeItem({ responsible }, actor, ADMINS)).toBe(true);
      }),
      { seed: 20250915, numRuns: 300 },
    );
  });
});

describe('refusedOverviewTargets (issue 22.13)', () => {
  const requester = (channelTargets: string[]) => ({ userId: 'U0ALICE', channelTargets });
  it.each([
    [['SSZW'], ['SSZW'], []],
    [['SZW'], ['SSZW', 'MSZW'], []],
    [['SSZW'], ['SZW'], ['SZW']],
    [['SSZW'], ['SOCW', 'SSZW', 'OCW'], ['SOCW', 'OCW']],
    [[], ['SOCW'], ['SOCW']],
  ])('a channel linked to %j asking for %j is refused %j', (linked, targets, refused) => {
    expect(refusedOverviewTargets(targets, requester(linked), [])).toEqual(refused);
  });
  it('an admin may post any codes anywhere', () => {
    expect(refusedOverviewTargets(['SOCW', 'OCW', 'MFin'], requester([]), ['U0ALICE'])).toEqual([]);
  });
});
