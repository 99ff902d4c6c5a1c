// Review of session 8's routing (r8-review): a motie whose words overrule the debate's committee, with nothing else on
// either side, goes to triage with both ministries as candidates, also when the debate's own name holds no policy word.
// (Candidates decide which teams see a triaged motie: listTriageItems keeps an entry only for a team among them.)
import { describe, expect, it } from 'vitest';
import { routeMotie, type MotieEvidence } from '../../../src/domain/tk/route-motie.ts';

const none: MotieEvidence = { dossierKey: null, dossierTitle: null, onderwerp: null, text: null, bewindspersonen: [], letters: [], committees: [] };
const IENW = 'vaste commissie voor Infrastructuur en Waterstaat';

describe('TRIAGE_WORDS_AGAINST_DEBATE: the committee\'s ministry is a candidate', () => {
  it.each(['Tweeminutendebat Commissiedebat', 'Diverse onderwerpen', 'Auto'])('debate "%s"', (name) => {
    const route = routeMotie({ ...none, debate: { name, committees: [IENW] }, onderwerp: 'Motie over het vervoer van asielzoekers naar het azc' });
    expect(route.reason?.code).toBe('TRIAGE_WORDS_AGAINST_DEBATE');
    expect([...route.candidates].sort()).toEqual(['AenM', 'IenW']);
  });

  it('a committee that decides, or words that name its ministry too, change nothing', () => {
    // The committee's ministry among the words: the committee decides.
    expect(routeMotie({ ...none, debate: { name: 'Diverse onderwerpen', committees: [IENW] }, onderwerp: 'Motie over het vervoer van asielzoekers' }).derivation?.rule).toBe('debatcommissie');
  });
});
