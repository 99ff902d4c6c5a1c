// A decision a person made and an import or the TK sync keeps: one Dutch sentence per conflict
// code, naming who decided as people know them (issue 16 point 7: no "gezet door UPREVIEW" or
// "gezet door cli:Piet"), and the terms in words with a Dutch date.
import { describe, expect, it } from 'vitest';
import { CONFLICT_CODES, termConflict, type ConflictCode, type DecisionConflict, type StatusTextConflict } from '../../src/domain/conflict.ts';
import type { ItemDeadline } from '../../src/domain/items.ts';
import { planImport } from '../../src/import/plan/plan-import.ts';
import { planRecord } from '../../src/domain/tk/plan-record.ts';
import { SLACK_STYLE } from '../../src/slack/blocks/mrkdwn.ts';
import { CONFLICT_TEXT, conflictNl } from '../../src/texts/conflicts.nl.ts';
import { PLAIN_STYLE } from '../../src/texts/history.nl.ts';

const term = (text: string, deadline: string | null): ItemDeadline => ({ earliest: null, deadline, text, basis: 'explicit', soft: false, source: 'person' });
const base = { itemId: 4, itemKind: 'motie' as const, source: 'overview' as const };

const TEXT_SAMPLE: StatusTextConflict = { ...base, code: 'STATUS_TEXT_KEPT', field: 'statusText', current: 'Brief komt in juni.', incoming: 'Brief volgt.', setBy: 'cli:Piet', writtenOn: '2025-03-05', documentDate: '2025-03-01', removed: false };

const SAMPLES: Record<ConflictCode, DecisionConflict> = {
  STATUS_KEPT: { ...base, code: 'STATUS_KEPT', field: 'status', current: 'done', incoming: 'open', setBy: 'UPREVIEW' },
  STATUS_KEPT_AFTER_REMOVAL: { ...base, source: 'tk-register', itemKind: 'toezegging', code: 'STATUS_KEPT_AFTER_REMOVAL', field: 'status', current: 'done', incoming: 'lapsed', setBy: 'cli:Piet' },
  TERM_KEPT: termConflict({ ...base, setBy: 'cli:Piet' }, term('eind 2025', '2025-12-31'), term('voor de zomer van 2025', '2025-07-03')),
  STATUS_TEXT_KEPT: TEXT_SAMPLE,
  TITLE_KEPT: { ...base, source: 'tk-motie', code: 'TITLE_KEPT', field: 'title', current: 'Bewoners Groningen compenseren', incoming: 'Deze bewoners nog voor 1 november te compenseren', setBy: 'U0ANNA' },
};

describe('conflict sentences', () => {
  it.each(CONFLICT_CODES.map((c) => [c]))('%s has a Dutch sentence that names who decided', (code) => {
    expect(CONFLICT_TEXT[code]).toBeTypeOf('function');
    const conflict = SAMPLES[code];
    for (const style of [SLACK_STYLE, PLAIN_STYLE]) {
      const sentence = conflictNl(conflict, style);
      expect(sentence).toMatch(/^De (motie|toezegging) #4 .{20,}\.$/);
      expect(sentence).not.toMatch(/cli:|gezet door U[A-Z0-9]|\d{4}-\d{2}-\d{2}/);
    }
  });

  it('reads as people say it', () => {
    expect(conflictNl(SAMPLES.STATUS_KEPT, SLACK_STYLE)).toBe('De motie #4 staat op afgerond (gezet door <@UPREVIEW>); het overzicht zegt open. De status blijft afgerond.');
    expect(conflictNl(SAMPLES.TERM_KEPT, PLAIN_STYLE)).toBe(
      'De motie #4 heeft als termijn eind 2025 (31 december 2025) (gezet door Piet); het overzicht zegt voor de zomer van 2025 (3 juli 2025). De termijn blijft staan.',
    );
    expect(conflictNl(SAMPLES.STATUS_KEPT_AFTER_REMOVAL, PLAIN_STYLE)).toBe(
      'De toezegging #4 is verwijderd uit de open data van de Tweede Kamer, maar staat op afgerond (gezet door Piet). De status blijft afgerond.',
    );
    expect(conflictNl(SAMPLES.STATUS_TEXT_KEPT, PLAIN_STYLE)).toBe(
      'De motie #4 heeft een stand van zaken van Piet (5 maart 2025); het overzicht is van 1 maart 2025, ouder dan die tekst, en zegt "Brief volgt.". De stand van zaken blijft staan.',
    );
    const fromRegister: StatusTextConflict = { ...TEXT_SAMPLE, source: 'tk-register', itemKind: 'toezegging', documentDate: null, setBy: 'U0ANNA' };
    expect(conflictNl({ ...fromRegister, incoming: null }, SLACK_STYLE)).toBe(
      'De toezegging #4 heeft een stand van zaken van <@U0ANNA> (5 maart 2025); het toezeggingenregister heeft geen stand van zaken. De stand van zaken blijft staan.',
    );
    expect(conflictNl({ ...fromRegister, incoming: 'Verwijderd uit de open data van de Tweede Kamer', removed: true }, PLAIN_STYLE)).toBe(
      'De toezegging #4 heeft een stand van zaken van Slack-gebruiker U0ANNA (5 maart 2025); het item is verwijderd uit de open data van de Tweede Kamer en vervalt; het toezeggingenregister zegt "Verwijderd uit de open data van de Tweede Kamer". De stand van zaken blijft staan.',
    );
    expect(conflictNl(SAMPLES.TITLE_KEPT, SLACK_STYLE)).toBe(
      'De motie #4 heeft de titel "Bewoners Groningen compenseren" (gezet door <@U0ANNA>); de Tweede Kamer noemt "Deze bewoners nog voor 1 november te compenseren". De titel blijft staan.',
    );
    expect(conflictNl({ ...SAMPLES.STATUS_KEPT, source: 'tk-motie', setBy: 'U0ANNA' }, PLAIN_STYLE)).toBe(
      'De motie #4 staat op afgerond (gezet door Slack-gebruiker U0ANNA); de Tweede Kamer zegt open. De status blijft afgerond.',
    );
  });

  it('the planners return codes and values, no sentences', () => {
    const item = {
      id: 4, kind: 'motie' as const, title: 'x', text: 'verzoekt de regering iets te doen', submitters: [], cs: false, kamerstuk: { dossier: '34843', number: '79', vergaderjaar: null },
      reference: null, responsible: [{ code: 'SOCW', ministry: 'OCW' }], status: 'done' as const, statusText: null, deadline: null, recurrence: null, linkedTo: null,
      sourceDocument: null, sourcePosition: null, doneAt: 1, createdAt: 1, updatedAt: 1, statusSetBy: 'cli:Piet' as const, deadlineSetBy: null,
    };
    const incoming = { position: 1, line: 1, kind: 'motie' as const, title: 'x', text: item.text, submitters: [], cs: false, responsible: item.responsible, statusText: null, status: 'open' as const, partly: false, kamerstuk: item.kamerstuk, reference: null, statusReferences: [], linkedTo: null, deadline: null, deadlineFrom: null, recurrence: null, requestReference: '2025-01-01', requestReferenceFrom: 'document' as const };
    const plan = planImport([item], [incoming]);
    expect(plan.conflicts).toEqual([{ itemId: 4, itemKind: 'motie', source: 'overview', position: 1, code: 'STATUS_KEPT', field: 'status', current: 'done', incoming: 'open', setBy: 'cli:Piet' }]);
    const removed = planRecord({ draft: null, linked: item, previousStatus: 'open', candidates: [], scope: [] });
    expect(removed).toMatchObject({ conflicts: [{ code: 'STATUS_KEPT_AFTER_REMOVAL', source: 'tk-motie', setBy: 'cli:Piet' }] });
    expect(JSON.stringify([plan, removed])).not.toMatch(/gezet door|staat op/);
  });
});
