import { describe, expect, it } from 'vitest';
import { parseStandVanZaken } from '../../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { planImport } from '../../../src/import/plan/plan-import.ts';
import type { ImportItem } from '../../../src/import/layouts/import-item.ts';
import { importMatchScope, inImportMatchScope, sameText, TEXT_MATCH_THRESHOLD, type ImportMatchScope } from '../../../src/import/plan/plan-import.ts';
import { textSimilarity } from '../../../src/domain/match-text.ts';
import type { Item } from '../../../src/domain/items.ts';
import { SAMPLE, SAMPLE_DATE } from '../layouts/stand-van-zaken/sample.ts';
import { fieldChangeNl } from '../../../src/texts/import.nl.ts';

const MINIMAL = [
  'Moties',
  '',
  'Motie van het lid Jansen; De Tweede Kamer verzoekt de regering de Kamer voor 1 juli 2025 te',
  'informeren over de stand van het programma.1',
  '',
  'SOCW Het programma loopt.',
  '',
  'Motie van het lid Smit; De Tweede Kamer verzoekt de regering een onderzoek te doen.2',
  '',
  'MOCW Het onderzoek is gestart.',
  '',
  'Toezeggingen',
  '',
  'De minister stuurt de Kamer een brief over de voortgang van de aanpak.',
  '',
  'SOCW De brief is in voorbereiding.',
  '',
  '1 Kamerstukken II 2023/24, 36410, nr. 12.',
  '2 Kamerstukken II 2023/24, 36410, nr. 13.',
].join('\n');

function parse(text: string): ImportItem[] {
  const result = parseStandVanZaken(text, { documentDate: SAMPLE_DATE });
  if (!result.ok) throw new Error(result.code);
  return result.items;
}

/** What the store would hold after importing `item` as id `id`. */
function stored(item: ImportItem, id: number, overrides: Partial<Item> = {}): Item {
  return {
    id,
    kind: item.kind,
    title: item.title,
    text: item.text,
    submitters: item.submitters,
    cs: item.cs,
    kamerstuk: item.kamerstuk,
    reference: null,
    status: item.status,
    statusText: item.statusText,
    deadline: item.deadline,
    recurrence: item.recurrence,
    linkedTo: item.linkedTo === null ? null : item.linkedTo + 100,
    responsible: item.responsible,
    sourceDocument: 'overzicht.txt',
    sourcePosition: item.position,
    statusSetBy: null,
    deadlineSetBy: null,
    doneAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

describe('planImport', () => {
  const sample = parse(SAMPLE);
  const storedSample = sample.map((item) => stored(item, item.position + 100));

  it('creates every item in an empty store, linking new items by position', () => {
    const plan = planImport([], sample);
    expect(plan.creates).toHaveLength(14);
    expect(plan.updates).toEqual([]);
    expect(plan.unchanged).toEqual([]);
    expect(plan.creates[9]?.linkedTo).toEqual({ position: 9 });
    expect(plan.creates.filter((c) => c.linkedTo !== null)).toHaveLength(1);
  });

  it('changes nothing when the same document comes again', () => {
    const plan = planImport(storedSample, sample);
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.unchanged.map((u) => u.itemId)).toEqual(sample.map((i) => i.position + 100));
    const byText = plan.unchanged.filter((u) => u.matchedBy === 'text').map((u) => u.incoming.position);
    expect(byText).toEqual([10, 13, 14]);
  });

  it('matches by Kamerstuk even when the text was reworded', () => {
    const items = parse(MINIMAL);
    const existing = [stored(items[1]!, 7, { text: 'Een heel andere omschrijving van dezelfde motie.' })];
    const plan = planImport(existing, items);
    expect(plan.unchanged.map((u) => [u.itemId, u.matchedBy])).toEqual([[7, 'kamerstuk']]);
    expect(plan.creates.map((c) => c.incoming.position)).toEqual([1, 3]);
  });

  it('matches by kind, codes and closely similar text when there is no Kamerstuk', () => {
    const items = parse(MINIMAL);
    const toezegging = items[2]!;
    const typo = toezegging.text.replace('voortgang', 'voortgnag');
    expect(planImport([stored(toezegging, 5, { text: typo })], items).unchanged.map((u) => u.itemId)).toEqual([5]);
    // another kind, other codes or another text: a different item
    expect(planImport([stored(toezegging, 5, { kind: 'motie' })], items).unchanged).toEqual([]);
    expect(planImport([stored(toezegging, 5, { responsible: [{ code: 'MJenV', ministry: 'JenV' }] })], items).unchanged).toEqual([]);
    expect(
      planImport([stored(toezegging, 5, { text: 'De minister stuurt de Kamer een brief over iets heel anders.' })], items).unchanged,
    ).toEqual([]);
  });

  it('never matches two different Kamerstukken on their text', () => {
    const items = parse(MINIMAL);
    const other = stored(items[1]!, 9, { kamerstuk: { dossier: '36410', number: '99', vergaderjaar: '2023/24' } });
    const plan = planImport([other], items);
    expect(plan.creates.map((c) => c.incoming.position)).toEqual([1, 2, 3]);
  });

  it('updates status text, status and deadline from a newer overview', () => {
    const items = parse(MINIMAL);
    const existing = items.map((item) =>
      stored(item, item.position, {
        status: 'open',
        statusText: 'Oude stand van zaken.',
        deadline: { earliest: null, deadline: '2024-12-31', text: 'eind 2024', basis: 'rule', soft: false, source: 'request' },
      }),
    );
    const plan = planImport(existing, items);
    const first = plan.updates.find((u) => u.itemId === 1)!;
    expect(first.changes.map((c) => c.field)).toEqual(['statusText', 'deadline']);
    expect(first.patch.statusText).toBe('Het programma loopt.');
    expect(first.patch.deadline).toEqual(items[0]!.deadline);
    expect(first.changes[1]).toEqual({ field: 'deadline', from: existing[0]!.deadline, to: items[0]!.deadline });
    expect(fieldChangeNl(first.changes[1]!)).toMatch(/^termijn: eind 2024 \(31 december 2024\) → /);
  });

  it('reports a person\'s decision as a conflict and leaves it alone', () => {
    const items = parse(MINIMAL);
    const personDeadline = { earliest: null, deadline: '2025-09-01', text: '1 september 2025', basis: 'explicit' as const, soft: false, source: 'person' as const };
    const existing = [
      stored(items[0]!, 1, { status: 'done', statusSetBy: 'U123' }),
      stored(items[1]!, 2, { deadline: personDeadline, deadlineSetBy: 'U456' }),
    ];
    const plan = planImport(existing, items);
    expect(plan.conflicts.map((c) => [c.itemId, c.field, c.current, c.incoming, c.setBy])).toEqual([
      [1, 'status', 'done', 'open', 'U123'],
      [2, 'deadline', '1 september 2025 (2025-09-01)', items[1]!.deadline ? expect.any(String) : 'geen termijn', 'U456'],
    ]);
    expect(plan.conflicts.map((c) => c.code)).toEqual(['STATUS_KEPT', 'TERM_KEPT']);
    expect(plan.conflicts[0]).toMatchObject({ itemKind: 'motie', source: 'overview', position: items[0]!.position });
    // no status or deadline in any patch for these items
    for (const update of plan.updates) {
      if (update.itemId === 1) expect(update.patch.status).toBeUndefined();
      if (update.itemId === 2) expect(update.patch.deadline).toBeUndefined();
    }
    expect(plan.unchanged.map((u) => u.itemId)).toEqual([1, 2]);
  });

  it('does not touch a person\'s decision when the document agrees with it', () => {
    const items = parse(MINIMAL);
    const plan = planImport([stored(items[0]!, 1, { statusSetBy: 'U123' })], items);
    expect(plan.conflicts).toEqual([]);
  });

  it('matches nothing on text when two candidates are equally close, even when one shares two codes', () => {
    const items = parse(MINIMAL);
    const toezegging = items[2]!;
    const both = [
      { code: 'SOCW', ministry: 'OCW' },
      { code: 'socw', ministry: 'OCW' },
    ];
    // one candidate in two code buckets is still one candidate: no tie with itself
    expect(planImport([stored(toezegging, 5, { responsible: both })], items).updates.map((u) => [u.itemId, u.matchedBy])).toEqual([[5, 'text']]);
    // two equal texts tie; so do two texts with the same small difference
    expect(planImport([stored(toezegging, 5), stored(toezegging, 6)], items).unchanged).toEqual([]);
    const typo = toezegging.text.replace('voortgang', 'voortgnag');
    expect(planImport([stored(toezegging, 5, { text: typo }), stored(toezegging, 6, { text: typo })], items).unchanged).toEqual([]);
    // the closer text wins over a less close one
    const closer = planImport([stored(toezegging, 5, { text: typo }), stored(toezegging, 6, { text: `${toezegging.text} ` })], items);
    expect(closer.unchanged.map((u) => u.itemId)).toEqual([6]);
  });

  it('plans the same with only the existing items in its match scope', () => {
    const items = parse(MINIMAL);
    const unrelated = stored(items[0]!, 50, { kamerstuk: { dossier: '99999', number: '1', vergaderjaar: null } });
    const existing = [unrelated, ...storedSample, ...items.map((item) => stored(item, item.position + 200))];
    const inScope = (scope: ImportMatchScope) => (item: Item) => inImportMatchScope(scope, item);
    expect(inScope(importMatchScope(items))(unrelated)).toBe(false);
    expect(planImport(existing.filter(inScope(importMatchScope(items))), items)).toEqual(planImport(existing, items));
    expect(planImport(existing.filter(inScope(importMatchScope(sample))), sample)).toEqual(planImport(existing, sample));
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([storedSample, sample]);
    planImport(storedSample, sample);
    expect(JSON.stringify([storedSample, sample])).toBe(before);
  });
});

describe('planImport: what the import writes (decided by the plan, written by the store as it says)', () => {
  const items = parse(MINIMAL);
  const done = { ...items[0]!, status: 'done' as const };

  it('creates an item with the document as its source and, when the document says it is done, done on the document date', () => {
    const plan = planImport([], [done, items[1]!], { documentDate: '2025-04-15', sourceDocument: 'stand-van-zaken.pdf' });
    expect(plan.creates.map((c) => [c.values.sourceDocument, c.values.sourcePosition, c.values.status, c.values.doneOn])).toEqual([
      ['stand-van-zaken.pdf', 1, 'done', '2025-04-15'],
      ['stand-van-zaken.pdf', 2, 'open', null],
    ]);
    expect(plan.creates[0]?.values).toMatchObject({ kind: done.kind, title: done.title, text: done.text, responsible: done.responsible, kamerstuk: done.kamerstuk });
  });

  it('moves an updated item to this document; an unchanged one keeps its source', () => {
    const existing = [stored(items[0]!, 7, { statusText: 'Oud.' }), stored(items[1]!, 8)];
    const plan = planImport(existing, items.slice(0, 2), { documentDate: '2025-04-15', sourceDocument: 'later.pdf' });
    expect(plan.updates.map((u) => [u.itemId, u.patch.sourceDocument])).toEqual([[7, 'later.pdf']]);
    expect(plan.unchanged.map((u) => u.itemId)).toEqual([8]);
  });

  it("keeps a stand van zaken a person wrote on or after the document's date, and reports it", () => {
    const existing = [stored(items[0]!, 7, { statusText: 'Zelf geschreven.', statusTextOrigin: { actor: 'U0123ABCD', person: true, on: '2025-04-15' } })];
    const plan = planImport(existing, [items[0]!], { documentDate: '2025-04-15', sourceDocument: 'x.pdf' });
    expect(plan.updates).toEqual([]);
    expect(plan.conflicts.map((c) => [c.code, c.current])).toEqual([['STATUS_TEXT_KEPT', 'Zelf geschreven.']]);
  });
});

describe('sameText (status texts from a table cell and from a text overview)', () => {
  it.each([
    ['Alinea een.\n\nAlinea twee.', 'Alinea een. Alinea twee.', true],
    ['  Tekst ', 'Tekst', true],
    [null, '', true],
    ['Tekst.', 'Tekst!', false],
    ['Alinea een.', 'Alinea een. Alinea twee.', false],
  ] as const)('%j and %j are the same: %s', (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
  });
});

describe('Eerste Kamer toezeggingen in one dossier', () => {
  it('are two items: a new T-number is not matched to another one by their shared dossier', async () => {
    const { linesOfText, readLayout } = await import('../../../src/import/layouts/index.ts');
    const page = (number: string, title: string) =>
      `Toezegging ${title} (34.122) (${number})\nDe minister zegt toe ${title.toLowerCase()} te sturen.\nKerngegevens\nNummer ${number}\nStatus openstaand\nDeadline 1 juli 2025\n`;
    const read = (text: string) => {
      const result = readLayout({ format: 'text', text, blocks: linesOfText(text) }, { today: '2025-05-01' });
      if (!result.ok) throw new Error(result.code);
      return result.items;
    };
    const [first] = read(page('T02001', 'Een evaluatie'));
    if (!first) throw new Error('no item');
    expect(first.kamerstuk).toEqual({ dossier: '34122', number: '', vergaderjaar: null });
    const plan = planImport([stored(first, 1, { reference: 'T02001' })], read(page('T02002', 'Een monitor')));
    expect(plan.creates.map((c) => c.incoming.reference)).toEqual(['T02002']);
    expect(plan.updates).toEqual([]);
  });
});

describe('text matching through the rare-trigram index (issue 22.7)', () => {
  // Many near-duplicates of a few templates, in two codes: the index must find exactly the
  // match a comparison of every pair finds (the best candidate at or above the threshold, none
  // on a tie), not fewer and not others.
  let seed = 2207;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const WORDS = ['brief', 'voortgang', 'evaluatie', 'aanpak', 'kamer', 'minister', 'zomer', 'najaar', 'onderzoek', 'gemeenten', 'Caribisch', 'Nederland'];
  const sentence = () => `De minister stuurt de Kamer ${Array.from({ length: 6 + Math.floor(rnd() * 10) }, () => pick(WORDS)).join(' ')}.`;
  const vary = (text: string) => {
    const r = rnd();
    if (r < 0.3) return text;
    if (r < 0.6) return text.replace(/ (\S+)\.$/, ` ${pick(WORDS)}.`);
    if (r < 0.8) return `${text} Ook ${pick(WORDS)}.`;
    return sentence();
  };
  const SAMPLE_ITEMS = parse(SAMPLE);
  const template = SAMPLE_ITEMS.find((i) => !i.kamerstuk && !i.reference) ?? SAMPLE_ITEMS[0]!;
  const codes = [[{ code: 'SOCW', ministry: 'OCW' }], [{ code: 'MOCW', ministry: 'OCW' }]];

  function bruteForce(existing: readonly Item[], incoming: readonly ImportItem[]): Map<number, number> {
    const used = new Set<number>();
    const out = new Map<number, number>();
    for (const item of incoming) {
      let best: Item | null = null;
      let bestScore = 0;
      let tie = false;
      for (const c of existing) {
        if (used.has(c.id) || c.kind !== item.kind || !c.responsible.some((r) => item.responsible.some((s) => s.code.toLowerCase() === r.code.toLowerCase()))) continue;
        const score = textSimilarity(c.text, item.text);
        if (score < TEXT_MATCH_THRESHOLD) continue;
        if (score > bestScore) [best, bestScore, tie] = [c, score, false];
        else if (score === bestScore) tie = true;
      }
      if (best && !tie) {
        out.set(item.position, best.id);
        used.add(best.id);
      }
    }
    return out;
  }

  it.each([1, 2, 3, 4, 5])('round %i: the same matches as comparing every pair', () => {
    const base = Array.from({ length: 60 }, sentence);
    const existing = base.map((text, i) => stored({ ...template, kamerstuk: null, reference: null, text, responsible: pick(codes) }, i + 1));
    const incoming = base.map((text, i): ImportItem => ({ ...template, position: i + 1, kamerstuk: null, reference: null, linkedTo: null, text: vary(text), responsible: pick(codes) }));
    const plan = planImport(existing, incoming);
    const matched = new Map([...plan.updates, ...plan.unchanged].map((u) => [u.incoming.position, u.itemId]));
    expect(matched).toEqual(bruteForce(existing, incoming));
    expect(matched.size).toBeGreaterThan(10);
  });
});

describe('text matching with a rising bar (issue 22.7: near-linear on template texts)', () => {
  let seed = 2271;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const SAMPLE_ITEMS = parse(SAMPLE);
  const template = SAMPLE_ITEMS.find((i) => !i.kamerstuk && !i.reference) ?? SAMPLE_ITEMS[0]!;
  const SOCW = [{ code: 'SOCW', ministry: 'OCW' }];
  // The import-lock bench's rows (bench/import-lock.bench.ts): one code, texts of a few words each
  // from small lists, told apart by a number only.
  const VERBS = ['informeert', 'stuurt', 'bericht', 'zendt', 'meldt'];
  const WHEN = ['voor de zomer van 2026', 'dit najaar', 'eind 2026', 'voor het kerstreces'];
  const TOPICS = ['straatintimidatie', 'femicide', 'online misbruik', 'sextortion', 'grooming', 'huiselijk geweld'];
  const WORDS = ['voortgang', 'evaluatie', 'uitkomsten', 'aanpak', 'stand', 'plannen', 'resultaten', 'knelpunten'];
  const templateText = (i: number) =>
    `De minister ${pick(VERBS)} de Kamer ${pick(WHEN)} over de ${Array.from({ length: 4 }, () => pick(WORDS)).join(', ')} van ${pick(TOPICS)} (afspraak ${i + 1}).`;
  const existingOf = (texts: readonly string[]) =>
    // Each from its own place in the last document: findBest looks at the one at an incoming item's place first.
    texts.map((text, i) => stored({ ...template, position: i + 1, kamerstuk: null, reference: null, linkedTo: null, text, responsible: SOCW }, i + 1));
  const incomingOf = (texts: readonly string[]) =>
    texts.map((text, i): ImportItem => ({ ...template, position: i + 1, kamerstuk: null, reference: null, linkedTo: null, text, responsible: SOCW }));

  function bruteForce(existing: readonly Item[], incoming: readonly ImportItem[]): Map<number, number> {
    const used = new Set<number>();
    const out = new Map<number, number>();
    for (const item of incoming) {
      let best: Item | null = null;
      let bestScore = 0;
      let tie = false;
      for (const c of existing) {
        if (used.has(c.id) || c.kind !== item.kind) continue;
        const score = textSimilarity(c.text, item.text);
        if (score < TEXT_MATCH_THRESHOLD) continue;
        if (score > bestScore) [best, bestScore, tie] = [c, score, false];
        else if (score === bestScore) tie = true;
      }
      if (best && !tie) {
        out.set(item.position, best.id);
        used.add(best.id);
      }
    }
    return out;
  }

  const matchedOf = (existing: readonly Item[], incoming: readonly ImportItem[]) => {
    const plan = planImport(existing, incoming);
    return new Map([...plan.updates, ...plan.unchanged].map((u) => [u.incoming.position, u.itemId]));
  };

  it.each([1, 2, 3, 4, 5, 6])('round %i: with near-duplicates, copies and ties among the candidates, the same matches as comparing every pair', () => {
    // Several stored versions of one text (a word changed, a word added, an exact copy): an incoming
    // text may have a good candidate found late, a better one, or two that score the same (a tie).
    const base = Array.from({ length: 40 }, (_, i) => templateText(i % 25));
    const stored = base.flatMap((text) => {
      const r = rnd();
      if (r < 0.25) return [text, text];
      if (r < 0.5) return [text, text.replace('De minister', 'De ministers')];
      if (r < 0.7) return [text.replace(' van ', ' rond '), text];
      return [text];
    });
    const incoming = base.map((text) => {
      const r = rnd();
      if (r < 0.3) return text;
      if (r < 0.6) return text.replace('De minister', 'De ministers');
      if (r < 0.8) return text.replace(' de Kamer ', ' de Tweede Kamer ');
      return templateText(Math.floor(rnd() * 25));
    });
    const existing = existingOf(stored);
    const items = incomingOf(incoming);
    const matched = matchedOf(existing, items);
    expect(matched).toEqual(bruteForce(existing, items));
    expect(matched.size).toBeGreaterThan(10);
  });

  it('leaves the items matched by Kamerstuk out of the text search: a re-import with one item without a Kamerstuk reads few postings, and matches as comparing every pair', () => {
    seed = 4099;
    const workFor = (rows: number) => {
      const texts = Array.from({ length: rows }, (_, i) => templateText(i));
      const odd = templateText(rows);
      const kamerstuk = (i: number) => ({ dossier: '36000', number: String(i + 1), vergaderjaar: '2024/25' });
      // Every stored item has a Kamerstuk, and one more without (the one the odd item is).
      const existing = [
        ...texts.map((text, i) => stored({ ...template, position: i + 1, kamerstuk: kamerstuk(i), reference: null, linkedTo: null, text, responsible: SOCW }, i + 1)),
        stored({ ...template, position: rows + 1, kamerstuk: null, reference: null, linkedTo: null, text: odd, responsible: SOCW }, rows + 1),
      ];
      // The document again, every item with its Kamerstuk but the last, whose text is a word off the stored one.
      const incoming: ImportItem[] = [
        ...texts.map((text, i): ImportItem => ({ ...template, position: i + 1, kamerstuk: kamerstuk(i), reference: null, linkedTo: null, text, responsible: SOCW })),
        { ...template, position: rows + 1, kamerstuk: null, reference: null, linkedTo: null, text: odd.replace('De minister', 'De ministers'), responsible: SOCW },
      ];
      const work = { postings: 0, comparisons: 0, indexed: 0 };
      const plan = planImport(existing, incoming, { work });
      const matched = new Map([...plan.updates, ...plan.unchanged].map((u) => [u.incoming.position, u.itemId]));
      expect(matched.size).toBe(rows + 1);
      expect(matched.get(rows + 1)).toBe(rows + 1);
      return work;
    };
    // The matched items are no candidates: only the one stored item without a Kamerstuk is indexed.
    expect(workFor(1000).indexed).toBe(1);
    expect(workFor(2000).indexed).toBe(1);
  });

  it('compares under three times as many candidates when the rows double (the fixed threshold: over four times, the square)', () => {
    const workAt = (rows: number) => {
      seed = 2271;
      const texts = Array.from({ length: rows }, (_, i) => templateText(i));
      const work = { postings: 0, comparisons: 0 };
      const plan = planImport(existingOf(texts), incomingOf(texts.map((t) => t.replace('De minister', 'De ministers'))), { work });
      expect(plan.updates.length + plan.unchanged.length).toBe(rows);
      return work;
    };
    const small = workAt(1000);
    const large = workAt(2000);
    expect(small.comparisons).toBeGreaterThanOrEqual(1000);
    // Seeded rows: the same counts at every run (2.7 here; 4.2 with the threshold fixed at TEXT_MATCH_THRESHOLD).
    expect(large.comparisons / small.comparisons).toBeLessThan(3);
  });
});
