// The parser works on calendar dates only: its results must not depend on the process time zone.
// Runs tz-script.ts in child processes under several TZ values and compares the results with
// each other and with the expectations of the rule table.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_CASES } from './cases.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = fileURLToPath(new URL('./tz-script.ts', import.meta.url));

interface Output {
  tz: string;
  offset: number;
  rules: { text: string; relation: string; earliest: string | null; deadline: string | null; basis: string }[][];
  sentences: unknown;
  nap: unknown;
  picked: unknown;
}

const run = promisify(execFile);

async function runUnder(tz: string): Promise<Output> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Output;
}

// Amsterdam and UTC as required; Sao Paulo had DST changes at midnight, Kiritimati is UTC+14.
const ZONES = ['UTC', 'Europe/Amsterdam', 'America/Sao_Paulo', 'Pacific/Kiritimati'];

describe('results do not depend on TZ', () => {
  let outputs: Output[] = [];

  beforeAll(async () => {
    outputs = await Promise.all(ZONES.map(runUnder));
  }, 60_000);

  it('the child processes really ran under different offsets', () => {
    expect(outputs.map((o) => o.tz)).toEqual(ZONES);
    expect(new Set(outputs.map((o) => o.offset)).size).toBe(ZONES.length);
  });

  it.each(ZONES.map((tz, i) => [tz, i] as const))('the rule table holds under TZ=%s', (_tz, i) => {
    const out = outputs[i]!;
    RULE_CASES.forEach((c, k) => {
      const e = out.rules[k]!.find((x) => x.text === (c.span ?? c.text));
      expect(e, c.text).toBeDefined();
      expect({ text: c.text, relation: e!.relation, earliest: e!.earliest, deadline: e!.deadline, basis: e!.basis }).toEqual({
        text: c.text,
        relation: c.relation,
        earliest: c.earliest,
        deadline: c.deadline,
        basis: c.basis,
      });
    });
  });

  it('every zone gives exactly the same results for the table, the sentences and the NAP document', () => {
    const strip = ({ tz: _tz, offset: _offset, ...rest }: Output) => rest;
    const first = strip(outputs[0]!);
    for (const out of outputs.slice(1)) expect(strip(out)).toEqual(first);
  });
});
