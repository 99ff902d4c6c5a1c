// Prints the parser's results for the rule table, the fixture sentences and the NAP document as
// JSON. timezones.test.ts runs it in child processes with different TZ values.
import { readFileSync } from 'node:fs';
import { parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { pickDeadline } from '../../../src/domain/dates/pick-deadline.ts';
import { DEFAULT_REF, RULE_CASES } from './cases.ts';

const rules = RULE_CASES.map((c) => parseDates(c.text, { reference: c.ref ?? DEFAULT_REF }));
const sentences = readFileSync(new URL('../../fixtures/date-sentences.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const [s, , ref] = l.split('\t') as [string, string, string];
    return parseDates(s, { reference: ref });
  });
const doc = readFileSync(new URL('../../fixtures/stand-van-zaken-nap-2025.txt', import.meta.url), 'utf8');
const nap = ['2023-03-01', '2025-04-15'].map((reference) => parseDates(doc, { reference }));
const picked = pickDeadline({ request: doc, requestReference: '2023-03-01' });
process.stdout.write(JSON.stringify({ tz: process.env.TZ, offset: new Date(2024, 6, 1).getTimezoneOffset(), rules, sentences, nap, picked }));
