import { describe, expect, it } from 'vitest';
import { channelCodes } from '../../src/domain/channel-codes.ts';

const code = (target: string) => ({ target, targetKind: 'code' as const });
const ministry = (target: string) => ({ target, targetKind: 'ministry' as const });

describe('channelCodes', () => {
  it.each([
    { name: 'no links', links: [], inUse: [], preselected: [], known: [] },
    { name: 'code links only', links: [code('MOCW'), code('SOCW')], inUse: [], preselected: ['MOCW', 'SOCW'], known: ['MOCW', 'SOCW'] },
    {
      name: 'a ministry: its most used code',
      links: [ministry('OCW')],
      inUse: [{ code: 'MOCW', ministry: 'OCW' }, { code: 'SOCW', ministry: 'OCW' }],
      preselected: ['MOCW'],
      known: ['MOCW', 'SOCW'],
    },
    { name: 'a ministry without items', links: [ministry('OCW')], inUse: [], preselected: [], known: [] },
    {
      name: 'a ministry whose code is linked as well keeps the linked code',
      links: [code('SOCW'), ministry('OCW')],
      inUse: [{ code: 'MOCW', ministry: 'OCW' }, { code: 'SOCW', ministry: 'OCW' }],
      preselected: ['SOCW'],
      known: ['SOCW', 'MOCW'],
    },
    {
      name: 'two ministries: one code each',
      links: [ministry('OCW'), ministry('JenV')],
      inUse: [{ code: 'MJenV', ministry: 'JenV' }, { code: 'SOCW', ministry: 'OCW' }, { code: 'SJenV', ministry: 'JenV' }],
      preselected: ['MJenV', 'SOCW'],
      known: ['MJenV', 'SOCW', 'SJenV'],
    },
  ])('$name', ({ links, inUse, preselected, known }) => {
    expect(channelCodes(links, inUse)).toEqual({ preselected, known });
  });
});
