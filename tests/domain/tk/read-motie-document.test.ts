// Issue 24.4: which Onderwerp needs the motie's dictum for a title, and what of a file's text is
// taken for the motie (its text from "De Kamer," on, with a dictum) and what is not.
import { describe, expect, it } from 'vitest';
import { needsDictum } from '../../../src/domain/tk/map-motie.ts';
import { readMotieDocument } from '../../../src/domain/tk/read-dictum.ts';

describe('needsDictum', () => {
  it.each([
    ['Motie van het lid Kröger', true],
    ['Motie van de leden Beckerman en Bushoff', true],
    ['Gewijzigde motie van het lid Buijsse (t.v.v. 26643-1380)', true],
    ['Nader gewijzigde motie van de leden X en Y', true],
    ['Motie van het lid X over', true],
    ['', true],
    ['Motie van het lid Kröger over zich aansluiten bij het Global Initiative', false],
    ['Gewijzigde motie van het lid Buijsse over AI inzetten (t.v.v. 26643-1380)', false],
  ])('%s → %s', (onderwerp, expected) => {
    expect(needsDictum(onderwerp)).toBe(expected);
  });
});

describe('readMotieDocument', () => {
  // kst-33529-1334 (September 2025, tests/fixtures/tk/real/motie-texts-2025-09.json), under a Kamerstuk heading.
  const MOTIE = 'Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n33 529 Nr. 1334\nMOTIE VAN DE LEDEN BUSHOFF EN BECKERMAN\nDe Kamer,\ngehoord de beraadslaging,\nconstaterende dat er nog steeds mensen lang wachten;\nverzoekt de regering deze bewoners nog voor 1 november te compenseren,\nen gaat over tot de orde van de dag.\nBushoff\nBeckerman';

  it('takes the text from "De Kamer," on and its dictum', () => {
    expect(readMotieDocument(MOTIE)).toEqual({
      text: expect.stringMatching(/^De Kamer,\ngehoord de beraadslaging,/),
      dictum: 'verzoekt de regering deze bewoners nog voor 1 november te compenseren',
    });
  });

  it('is null for a text without the motie opening, even when a line asks the government something', () => {
    expect(readMotieDocument('Stand van zaken moties\nMotie van het lid Mutluer;\nverzoekt de regering elk jaar een prijs uit te reiken.\nSOCW Hiermee is invulling gegeven aan de motie.')).toBeNull();
  });

  it('is null for a motie opening without a dictum, and for no text', () => {
    expect(readMotieDocument('De Kamer,\ngehoord de beraadslaging,\nconstaterende dat …')).toBeNull();
    expect(readMotieDocument(null)).toBeNull();
  });
});
