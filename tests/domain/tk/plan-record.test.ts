import { describe, expect, it } from 'vitest';
import { mapToezegging } from '../../../src/domain/tk/map-toezegging.ts';
import { inScope, planRecord, TK_SOURCE } from '../../../src/domain/tk/plan-record.ts';
import type { ToezeggingRecord } from '../../../src/domain/tk/types.ts';
import { makeItem } from '../../helpers/items.ts';

const TEXT = 'De minister stuurt de Kamer voor de zomer van 2025 een brief over de voortgang van de aanpak van lerarentekorten.';

function draft(overrides: Partial<ToezeggingRecord> = {}) {
  return mapToezegging({
    id: 'e-1',
    deleted: false,
    bijgewerkt: null,
    nummer: 'TZ202503-101',
    tekst: TEXT,
    functie: 'Minister van Onderwijs, Cultuur en Wetenschap',
    ministerie: null,
    status: 'Openstaand',
    aanmaakdatum: '2025-03-12',
    activiteitId: null,
    activiteitNummer: null,
    datumNakoming: null,
    kamerbriefNakoming: [],
    naam: null,
    ...overrides,
  }).draft;
}

/** The item the sync made from draft() (as it would be stored). */
function synced(id = 7) {
  const d = draft();
  return makeItem({ id, kind: 'toezegging', title: d.title, text: d.text, submitters: [], reference: d.reference, deadline: d.deadline, responsible: d.ministry!.responsible, sourceDocument: TK_SOURCE.toezegging });
}

const base = { previousStatus: null, candidates: [], scope: [] } as const;

describe('planRecord', () => {
  it('a new record in scope is created; out of scope is skipped; without a ministry it goes to triage', () => {
    expect(planRecord({ ...base, draft: draft(), linked: null, scope: ['OCW'] }).action).toBe('create');
    expect(planRecord({ ...base, draft: draft(), linked: null, scope: ['VWS'] })).toEqual({ action: 'skip', reason: 'out-of-scope' });
    expect(planRecord({ ...base, draft: draft({ functie: 'Minister voor Klimaat' }), linked: null }).action).toBe('triage');
  });

  it('the same record again changes nothing', () => {
    expect(planRecord({ ...base, draft: draft(), linked: synced(), previousStatus: 'open' })).toEqual({ action: 'unchanged', itemId: 7, matchedBy: 'entity', conflicts: [] });
  });

  it('Afgedaan closes the item and asks for the channel message once (not when it was done already)', () => {
    const plan = planRecord({ ...base, draft: draft({ status: 'Afgedaan', kamerbriefNakoming: ['36222-45'] }), linked: synced(), previousStatus: 'open' });
    expect(plan).toMatchObject({ action: 'update', afgedaan: true, patch: { status: 'done', statusText: 'Afgedaan volgens het toezeggingenregister, Kamerbrief 36222-45' } });
    const again = planRecord({ ...base, draft: draft({ status: 'Afgedaan', kamerbriefNakoming: ['36222-45', '36222-46'] }), linked: { ...synced(), status: 'done' }, previousStatus: 'done' });
    expect(again).toMatchObject({ action: 'update', afgedaan: false });
  });

  it('a person\'s status is never overwritten: the difference is a conflict', () => {
    const decided = { ...synced(), status: 'done' as const, statusSetBy: 'U0PERSON' as const };
    const plan = planRecord({ ...base, draft: draft(), linked: decided, previousStatus: 'open' });
    expect(plan.action).toBe('unchanged');
    expect(plan.action === 'unchanged' && plan.conflicts).toEqual([
      expect.objectContaining({ field: 'status', current: 'done', incoming: 'open', setBy: 'U0PERSON' }),
    ]);
  });

  it('a person\'s deadline is kept; the register\'s is reported', () => {
    const item = { ...synced(), deadline: { earliest: null, deadline: '2025-09-30', text: 'eind september', basis: 'explicit' as const, soft: false, source: 'person' as const }, deadlineSetBy: 'U0PERSON' as const };
    const plan = planRecord({ ...base, draft: draft(), linked: item, previousStatus: 'open' });
    expect(plan.action === 'unchanged' && plan.conflicts.map((c) => c.field)).toEqual(['deadline']);
  });

  it('a delete lapses the item, unless a person decided its status; an unknown delete does nothing', () => {
    expect(planRecord({ ...base, draft: null, linked: synced(), previousStatus: 'open' })).toMatchObject({ action: 'update', patch: { status: 'lapsed' } });
    const decided = planRecord({ ...base, draft: null, linked: { ...synced(), status: 'done', statusSetBy: 'U0PERSON' as const }, previousStatus: 'open' });
    expect(decided).toMatchObject({ action: 'unchanged', conflicts: [expect.objectContaining({ incoming: 'lapsed' })] });
    expect(planRecord({ ...base, draft: null, linked: null })).toEqual({ action: 'skip', reason: 'deleted-unknown' });
  });

  it('an imported item is matched by its TZ number, by text, never duplicated; its own text stays', () => {
    const imported = makeItem({ id: 3, kind: 'toezegging', text: 'Toezegging TZ202503-101: brief over lerarentekorten voor de zomer', responsible: [{ code: 'MOCW', ministry: 'OCW' }], sourceDocument: 'stand-van-zaken.pdf' });
    const byRef = planRecord({ ...base, draft: draft(), linked: null, candidates: [imported] });
    expect(byRef).toMatchObject({ action: 'update', itemId: 3, matchedBy: 'reference' });
    expect(byRef.action === 'update' && byRef.patch.text).toBeUndefined();
    expect(byRef.action === 'update' && byRef.patch.reference).toBe('TZ202503-101');

    const sameText = makeItem({ id: 4, kind: 'toezegging', text: TEXT.replace('De minister', 'de minister'), responsible: [{ code: 'SOCW', ministry: 'OCW' }], deadline: null });
    expect(planRecord({ ...base, draft: draft(), linked: null, candidates: [sameText] })).toMatchObject({ action: 'update', itemId: 4, matchedBy: 'text' });

    const otherMinistry = { ...sameText, responsible: [{ code: 'MVWS', ministry: 'VWS' }] };
    expect(planRecord({ ...base, draft: draft(), linked: null, candidates: [otherMinistry] }).action).toBe('create');
    const twins = [sameText, { ...sameText, id: 5 }];
    expect(planRecord({ ...base, draft: draft(), linked: null, candidates: twins }).action).toBe('create');
  });
});

describe('inScope', () => {
  it.each([
    [[], true],
    [['OCW'], true],
    [['ocw'], true],
    [['MOCW'], true],
    [['SOCW'], false],
    [['VWS', 'OCW'], true],
    [['VWS'], false],
  ] as const)('scope %j → %s for MOCW', (scope, expected) => {
    expect(inScope([{ code: 'MOCW', ministry: 'OCW' }], scope)).toBe(expected);
  });
});
