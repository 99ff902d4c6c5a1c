// Domain items (no database needed): the item factory of the planner, block and due-rule tests.
// For a row to store, tests/helpers/db.ts newItem.
import type { Item } from '../../src/domain/items.ts';

export function makeItem(overrides: Partial<Item> & { id: number }, deadline?: string | null): Item {
  return {
    kind: 'motie',
    title: `Motie ${overrides.id}`,
    text: 'verzoekt de regering',
    submitters: ['Mutluer'],
    cs: false,
    kamerstuk: null,
    reference: null,
    status: 'open',
    statusText: null,
    deadline:
      deadline === null
        ? null
        : { earliest: null, deadline: deadline ?? '2026-06-01', text: 'voor de zomer', basis: 'explicit', soft: false, source: 'request' },
    recurrence: null,
    linkedTo: null,
    responsible: [{ code: 'SOCW', ministry: 'OCW' }],
    sourceDocument: null,
    sourcePosition: null,
    statusSetBy: null,
    deadlineSetBy: null,
    doneAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}
