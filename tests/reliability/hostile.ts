// Hostile input for the fuzz tests: random strings of every kind, plus the classics (SQL,
// mrkdwn mentions, control characters, huge strings, forged JSON, lone surrogates).
import fc from 'fast-check';
import { expect } from 'vitest';

export const FUZZ_SEED = 20250915;

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0001\u0002\u001b[31m\u007f',
  '\r\n\r\n\t\v\f',
  '1; DROP TABLE items',
  "'; DELETE FROM items; --",
  '" OR 1=1 --',
  '%',
  '_%_',
  '\\',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0123>',
  '<@U0123|admin>',
  '<#C0123|general>',
  '<!subteam^S0123>',
  '<https://evil.example|klik hier>',
  '*vet* _schuin_ ~doorgehaald~ `code` ```blok```',
  '&lt;!channel&gt;',
  '{"id":1}',
  '{"id":-1}',
  '{"id":1e309}',
  '{"id":"1"}',
  '{"id":9007199254740993}',
  '{"__proto__":{"admin":true},"id":1}',
  '[1,2,3]',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '#0',
  '#-5',
  '99999999999999999999',
  '1e3',
  '0x10',
  '\ud800',
  '\udfff\ud800',
  '💥🧨'.repeat(50),
  'Ω≈ç√∫˜µ≤≥÷',
  '‮tekst van rechts naar links',
  'a'.repeat(5000),
  '<!channel>'.repeat(500),
  'x'.repeat(100_000),
  '31-02-2025',
  '2025-13-45',
  'voor de zomer van 99999',
  'uiterlijk 0-0-0',
  'Q9 2026',
  'in het jaar 275760',
  'eind maart -2026',
  'voor ' + 'de zomer van '.repeat(300) + '2026',
];

/** Random strings of every flavour, hostile fragments glued in. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 200)), fc.string({ maxLength: 10 }), fc.integer().map(String)), {
        maxLength: 8,
      })
      .map((parts) => parts.join(' ')),
  },
);

/** Words a Dutch answer of motiebot contains; at least one in every message it sends a person. */
export const DUTCH_WORDS = /\b(geen|niet|niets|het|de|een|is|van|voor|nummer|gebruik|bijvoorbeeld|opdracht|kanaal|termijn|gevonden|motie|toezegging|item|afgerond|open|mag|dit|ken)\b/i;

/** Raw markup that pings people or hides links when it reaches Slack unescaped. */
const RAW_MARKUP = /<!channel>|<!here>|<!everyone>|<!subteam\^|<@U0123|<#C0123|<https:\/\/evil/;

/** Every string Slack renders (text fields, at any depth); button values and ids are data, not text. */
export function renderedTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) renderedTexts(n, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['value', 'action_id', 'block_id', 'callback_id', 'private_metadata', 'response_url', 'trigger_id', 'url'].includes(key)) continue;
      if (key === 'text' && typeof value === 'string') out.push(value);
      else if (key === 'view' && typeof value === 'string') renderedTexts(JSON.parse(value), out);
      else renderedTexts(value, out);
    }
  }
  return out;
}

export function expectNoRawMarkup(body: unknown, what: string): void {
  for (const text of renderedTexts(body)) expect(text, what).not.toMatch(RAW_MARKUP);
}
