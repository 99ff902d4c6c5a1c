// Issue 25: no expression kind of docs/DATES.md loses a case it handled before. One case per row of
// the rules table, each as the term of a sentence, of a motie's request ("verzoekt de regering …"),
// and of a motie's one-line subject ("Motie van het lid X over …"), both informing the Kamer and
// bounding another action. Rows that are never a deadline (na, tot, per, binnen … na <event>) give
// none in every position.
import { describe, expect, it } from 'vitest';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';

const REF = '2023-03-20';

/** [expression, deadline or null when the row is never the informing deadline by itself] */
const ROWS: readonly (readonly [string, string | null])[] = [
  ['uiterlijk 1 juli 2025', '2025-07-01'],
  ['vóór vrijdag 13 juni 2025', '2025-06-13'],
  ['na 1 juli 2025', null],
  ['in april 2025', '2025-04-30'],
  ['voor april 2025', '2025-03-31'],
  ['begin april 2025', '2025-04-10'],
  ['medio april 2025', '2025-04-20'],
  ['eind april 2025', '2025-04-30'],
  ['in het derde kwartaal van 2025', '2025-09-30'],
  ['in de eerste helft van 2025', '2025-06-30'],
  ['in 2025', '2025-12-31'],
  ['begin 2025', '2025-03-31'],
  ['medio 2025', '2025-07-31'],
  ['eind 2025', '2025-12-31'],
  ['in het voorjaar van 2024', '2024-06-30'],
  ['in de zomer van 2023', '2023-09-04'],
  ['voor de zomer', '2023-07-06'],
  ['rond de zomer', '2023-09-04'],
  ['na de zomer', '2023-12-21'],
  ['in het najaar', '2023-12-21'],
  ['voor het kerstreces', '2023-12-21'],
  ['voor Prinsjesdag', '2023-09-19'],
  ['voor het commissiedebat van 9 mei', '2023-05-09'],
  ['drie weken voor aanvang van het zomerreces', '2023-06-16'],
  ['bij de Voorjaarsnota', '2023-06-01'],
  ['bij de Najaarsnota', '2023-12-01'],
  ['voor Verantwoordingsdag', '2023-05-17'],
  ['voor de begrotingsbehandeling van OCW', '2023-10-31'],
  ['rond de jaarwisseling', '2024-01-15'],
  ['jaarlijks voor de zomer', '2023-07-06'],
  ['elk kwartaal', '2023-06-30'],
  ['binnen drie maanden', '2023-06-20'],
  ['over twee maanden', '2023-05-31'],
  ['onmiddellijk', '2023-04-20'],
  ['zo spoedig mogelijk', '2023-06-20'],
  ['tot april 2027', null],
  ['per 1 januari 2025', null],
  ['in week 12 van 2024', '2024-03-22'],
  ['voor kerst', '2023-12-21'],
  ['voor de stemmingen over de begroting van OCW', '2023-10-31'],
  ['binnen zes maanden na inwerkingtreding', null],
  // rows added by h4-dates: each row of the table now has a case
  ['eind voorjaar 2023', '2023-06-30'],
  ['begin voorjaar 2024', '2024-04-10'],
  ['in het vroege najaar', '2023-10-07'],
  ['in de winter van 2023/2024', '2024-03-20'],
  ['om de twee jaar (eerstvolgende in 2025)', '2025-12-31'],
  ['de komende maanden', '2023-09-20'],
  ['in de komende weken', '2023-05-01'],
  ['tussen 1 maart en 1 mei 2024', '2024-05-01'],
];

const FRAMES: readonly (readonly [string, (x: string) => string])[] = [
  ['a sentence', (x) => `De Kamer wordt ${x} geïnformeerd over de voortgang.`],
  ['a request', (x) => `verzoekt de regering ${x} de Kamer te informeren over de voortgang,`],
  ['a subject that informs', (x) => `Motie van het lid Jansen over ${x} de Kamer informeren over de voortgang`],
  ['a subject that acts', (x) => `Motie van het lid Jansen over ${x} een plan opstellen voor de regio`],
];

const CASES = ROWS.flatMap(([expression, deadline]) => FRAMES.map(([frame, build]) => [expression, frame, build(expression), deadline] as const));

describe('every DATES.md row in sentences, requests and motie subjects', () => {
  it.each(CASES)('%s in %s', (expression, _frame, text, deadline) => {
    const { primary } = datesOfText(text, REF);
    if (deadline === null) expect(primary).toBeNull();
    else expect(primary ? { text: primary.text, deadline: primary.deadline } : null).toEqual({ text: expression, deadline });
  });
});
