// The two layouts that read a whole text to detect it (the Eerste Kamer register's lines, the
// appendix's paragraphs) first ask a gate whether the text can be theirs at all (issue 28: 150 ms
// of a 10,000-item overview's import). A gate may say yes too often, never no where the full
// reading says yes: checked on every text fixture and on generated texts built from the pieces
// the readers look at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasAppendixHeader, isStructureLine, mayHaveAppendixHeader } from '../../../../src/import/layouts/begroting-bijlage/read-appendix.ts';
import { looksLikeEkRegister, mayBeEkRegister } from '../../../../src/import/layouts/ek-register/read-ek-register.ts';
import { linesOfText, paragraphsOfText } from '../../../../src/import/layouts/source-document.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');

/** Every text fixture (the overviews, the layouts' examples, the registers). */
function textFixtures(): string[] {
  return (readdirSync(FIXTURES, { recursive: true }) as string[])
    .filter((file) => /\.(txt|md)$/.test(file))
    .map((file) => readFileSync(join(FIXTURES, file), 'utf8'));
}

/** A seeded generator (mulberry32): the same texts every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

const isEk = (text: string) => looksLikeEkRegister(linesOfText(text));
const isAppendix = (text: string) => hasAppendixHeader(paragraphsOfText(text, isStructureLine));

describe('mayBeEkRegister', () => {
  it('is true for every text fixture the register reader recognises', () => {
    const texts = textFixtures();
    const recognised = texts.filter(isEk);
    expect(recognised.length).toBeGreaterThan(0);
    for (const text of recognised) expect(mayBeEkRegister(text)).toBe(true);
  });

  it('is true for every generated text the register reader recognises: T-numbers with marks, case, pipes and headings around them', () => {
    const next = random(28);
    // Between a T and its digits, and between digits: what plainText drops, and what it does not.
    const gaps = ['*', '**', '_', '__', '**__', ' ', '|', '#', '-', '\t'];
    const gap = () => (next() < 0.85 ? '' : pick(next, gaps));
    const tNumber = () => `${pick(next, ['T', 't', 'T', 'x'])}${Array.from({ length: 5 }, () => `${gap()}${Math.floor(next() * 10)}`).join('')}`;
    const lines = [
      () => `toezegging ${pick(next, ['Afspraak', 'x'])} (${tNumber()})`,
      () => `${pick(next, ['# ', '## ', '**', ''])}Toezegging over iets (${tNumber()})${pick(next, ['', '**', ' '])}`,
      () => `${tNumber()} ${pick(next, ['titel van de toezegging', 'ab', ''])}`,
      () => `| ${tNumber()} | titel |`,
      () => `**${tNumber()}** - titel`,
      () => pick(next, ['Kerngegevens', '**Kerngegevens**', '# Kerngegevens', 'kerngegevens:']),
      () => `Nummer: ${tNumber()}`,
      () => pick(next, ['', '---|---', 'gewone tekst', '|a|b|']),
    ];
    let recognised = 0;
    let shut = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(next, lines)()).join(pick(next, ['\n', '\r\n', '\n\n']));
      const gate = mayBeEkRegister(text);
      if (isEk(text)) {
        recognised += 1;
        expect(gate, JSON.stringify(text)).toBe(true);
      } else if (!gate) {
        shut += 1;
      }
    }
    expect(recognised).toBeGreaterThan(1_000);
    expect(shut).toBeGreaterThan(1_000);
  });

  it('says no to an overview without T-numbers', () => {
    expect(mayBeEkRegister('Moties\n\nMotie van het lid X (21501-32, nr. 1234) ... MinBZ\nStand van zaken: loopt.')).toBe(false);
  });
});

describe('mayHaveAppendixHeader', () => {
  it('is true for every text fixture the appendix reader recognises', () => {
    const texts = textFixtures();
    const recognised = texts.filter(isAppendix);
    expect(recognised.length).toBeGreaterThan(0);
    for (const text of recognised) expect(mayHaveAppendixHeader(text)).toBe(true);
  });

  it('is true for every generated text with a header: any case, white space and line breaks around and inside', () => {
    const next = random(2028);
    const word = (text: string) => text.replace(/[a-z]/g, (c) => (next() < 0.3 ? c.toUpperCase() : c));
    const space = () => pick(next, [' ', '  ', '\t', ' \u00A0', '\n', '\r\n', '\f', '']);
    const parts = [
      () => `${space()}${word('omschrijving')}${space()}${word('vindplaats')}${space()}${word('stand van zaken')}`,
      () => `${word('Omschrijving')}\n${word('vindplaats')}\n${word('stand')} ${word('van')}${space()}${word('zaken')}`,
      () => `${word('omschrij')}${pick(next, ['\u00AD', '\u200B', ' ', '-', ''])}${word('ving')}`,
      () => pick(next, ['Tabel 1 Moties', 'Bijlage 2', 'tekst', '', 'Vindplaats', 'Stand van zaken']),
    ];
    let recognised = 0;
    let shut = 0;
    for (let round = 0; round < 10_000; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(next, parts)()).join(pick(next, ['\n', '\n\n', ' ']));
      const gate = mayHaveAppendixHeader(text);
      if (isAppendix(text)) {
        recognised += 1;
        expect(gate, JSON.stringify(text)).toBe(true);
      } else if (!gate) {
        shut += 1;
      }
    }
    expect(recognised).toBeGreaterThan(1_000);
    expect(shut).toBeGreaterThan(500);
  });

  it('says no to a table of moties with an Omschrijving column and no Vindplaats (a Word or Excel overview)', () => {
    const table = 'Soort\nOmschrijving\nIndiener\nKamerstuk\nStatus\nStand van zaken\n\nMotie\nVerzoekt de regering de omschrijving van het plan te geven\nVan der Laan\nKamerstukken II 2022/23, 36000, nr. 1\nopen\nDe brief volgt.';
    expect(isAppendix(table)).toBe(false);
    expect(mayHaveAppendixHeader(table)).toBe(false);
  });
});
