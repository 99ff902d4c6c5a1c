// Items that push every field to its extreme, for the Block Kit limit tests.
import type { Item } from '../../../src/domain/items.ts';

/** `&` becomes `&amp;` when escaped: the worst case for every length limit. */
const heavy = (n: number, word = 'R&D <b> ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);

export function worstItem(id: number, deadline: string | null, overrides: Partial<Item> = {}): Item {
  return {
    id,
    kind: 'motie',
    title: heavy(1000, 'Onderzoek & <ontwikkeling> '),
    text: heavy(12_000),
    submitters: Array.from({ length: 25 }, (_, i) => `Van der Achternaam-Dubbelnaam & Co ${i}`),
    cs: true,
    kamerstuk: { dossier: '36200-VIII-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', number: '123456789', vergaderjaar: '2024/25' },
    reference: null,
    status: 'open',
    statusText: heavy(8000),
    deadline: deadline === null ? null : { earliest: null, deadline, text: heavy(700, 'vóór het commissiedebat & <overleg> '), basis: 'estimate', soft: true, source: 'request' },
    recurrence: null,
    linkedTo: null,
    responsible: ['SOCW', 'MOCW', 'MJenV', 'SJenV', 'MBZK', 'SBZK', 'MSZW', 'SSZW'].map((code) => ({ code, ministry: code.slice(1) })),
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
