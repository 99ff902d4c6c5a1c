// Issue 25, session 9: the conventions settled this session (docs/DATES-RULES.md "Session 9") and the recurring kinds of
// the development misses. Every rule has a positive beside a negative that shares its words.
import { describe, expect, it } from 'vitest';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';

const primaryOf = (text: string, reference: string) => {
  const p = datesOfText(text, reference).primary;
  return p ? { text: p.text, deadline: p.deadline } : null;
};
const reasonOf = (text: string, reference: string, span: string) => datesOfText(text, reference).expressions.find((e) => e.text === span)?.reason;

describe('a term between quotation marks (review8 LOW-2)', () => {
  it('cites the term asked for when the quotes hold the term alone in an informing request', () => {
    expect(primaryOf('verzoekt de regering de Kamer «voor de zomer» te informeren over de uitkomsten', '2024-04-17')).toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
    expect(primaryOf('verzoekt de regering de Kamer "voor 1 juni" een brief te sturen', '2024-04-17')).toEqual({ text: 'voor 1 juni', deadline: '2024-06-01' });
  });
  it('names a criterion when the quoted term is glued to a noun, also in an informing clause', () => {
    const text = 'verzoekt de regering de Kamer te informeren hoe invulling wordt gegeven aan het «zo spoedig mogelijk»-criterium';
    expect(primaryOf(text, '2024-04-17')).toBeNull();
    expect(reasonOf(text, '2024-04-17', 'zo spoedig mogelijk')).toBe('quoted');
  });
  it('is a title or someone else\'s words when the quote holds more than the term', () => {
    const title = 'verzoekt de regering de Kamer te informeren over het rapport «Voor de zomer klaar» van de Raad';
    expect(primaryOf(title, '2024-04-17')).toBeNull();
    expect(reasonOf(title, '2024-04-17', 'Voor de zomer')).toBe('quoted');
    const words = 'verzoekt de regering een reactie te geven op de woorden van de burgemeester: "we sturen voor 1 juni een brief"';
    expect(primaryOf(words, '2024-04-17')).toBeNull();
    expect(reasonOf(words, '2024-04-17', 'voor 1 juni')).toBe('quoted');
    // The same words outside quotation marks are the term.
    expect(primaryOf('verzoekt de regering de Kamer te informeren over het rapport van de Raad voor de zomer', '2024-04-17')).toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
    expect(primaryOf('verzoekt de regering een reactie te geven op de woorden van de burgemeester en voor 1 juni een brief te sturen', '2024-04-17')).toEqual({ text: 'voor 1 juni', deadline: '2024-06-01' });
  });
  it('leaves apostrophes alone ("auto\'s", "\'s-Hertogenbosch")', () => {
    expect(primaryOf("verzoekt de regering de Kamer over de auto's voor 1 juni te informeren", '2024-04-17')).toEqual({ text: 'voor 1 juni', deadline: '2024-06-01' });
  });
});

describe('a soft or short term for how every case of a kind is handled is no deadline (the soft-manner kind)', () => {
  it('"bij alle aanvragen binnen één week": each case; "bij de aanvraag van de provincie binnen één week": one act', () => {
    const each = 'verzoekt de regering om bij alle aanvragen bij het Rijk binnen één week contact op te nemen met de aanvragers';
    expect(primaryOf(each, '2025-05-27')).toBeNull();
    expect(reasonOf(each, '2025-05-27', 'binnen één week')).toBe('each-case');
    expect(primaryOf('verzoekt de regering om bij de aanvraag van de provincie binnen één week contact op te nemen met de gedeputeerde', '2025-05-27')).toEqual({ text: 'binnen één week', deadline: '2025-06-03' });
  });
  it('"de asielprocedure voor asielzoekers … zo snel mogelijk te behandelen": each case; "de asielprocedure zo snel mogelijk aan te passen": one act', () => {
    const each = 'verzoekt de Minister de asielprocedure voor asielzoekers uit veilige landen met meer prioriteit en zo snel mogelijk te behandelen';
    expect(primaryOf(each, '2025-02-13')).toBeNull();
    expect(reasonOf(each, '2025-02-13', 'zo snel mogelijk')).toBe('each-case');
    expect(primaryOf('verzoekt de Minister de asielprocedure voor de commissie zo snel mogelijk aan te passen', '2025-02-13')).toEqual({ text: 'zo snel mogelijk', deadline: '2025-05-13' });
  });
  it('"dat ten onrechte in beslag genomen dieren onmiddellijk worden vrijgelaten": a norm; "dat de regeling onmiddellijk wordt ingetrokken": one act', () => {
    const each = 'verzoekt de regering te bewerkstelligen dat ten onrechte in beslag genomen dieren onmiddellijk worden vrijgelaten';
    expect(primaryOf(each, '2008-03-01')).toBeNull();
    expect(reasonOf(each, '2008-03-01', 'onmiddellijk')).toBe('each-case');
    expect(primaryOf('verzoekt de regering te bewerkstelligen dat de regeling onmiddellijk wordt ingetrokken', '2008-03-01')).toEqual({ text: 'onmiddellijk', deadline: '2008-04-01' });
  });
  it('keeps the term when the Kamer is informed about the cases', () => {
    expect(primaryOf('verzoekt de regering bij alle aanvragen de Kamer binnen één week te informeren', '2025-05-27')).toEqual({ text: 'binnen één week', deadline: '2025-06-03' });
  });
  it('"over spoedige afhandeling van schademeldingen" names how cases are handled; "over spoedige uitvoering van de aanbevelingen" asks an act', () => {
    expect(primaryOf('Motie van het lid X over spoedige afhandeling van schademeldingen', '2019-02-20')).toBeNull();
    expect(primaryOf('Motie van het lid X over spoedige uitvoering van de aanbevelingen in het rapport', '2016-06-27')).toEqual({ text: 'spoedige', deadline: '2016-09-27' });
  });
});
