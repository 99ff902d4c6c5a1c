import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datumCommand } from '../../src/cli/commands/datum.ts';
import type { CliIo, ParsedArgs } from '../../src/cli/types.ts';

/** The parts of `motie datum --json` output these tests read. */
interface DatumJson {
  expressions: unknown[];
  primary: { deadline: string; basis: string } | null;
  reference: string;
}

// 2025-06-30 23:30 UTC is already 1 July in Amsterdam.
const NOW = new Date('2025-06-30T23:30:00Z');

async function run(positional: string[], flags: ParsedArgs['flags'] = {}, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), dbPath: ':memory:', now: () => NOW, env };
  const code = await datumCommand.run({ positional, flags }, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('motie datum', () => {
  it('declares its name and value flags', () => {
    expect(datumCommand.name).toBe('datum');
    expect(datumCommand.valueFlags).toEqual(['ref', 'db']);
    expect(datumCommand.usage).toContain('motie datum');
  });

  it('prints the JSON contract with every expression and the primary one', async () => {
    const text = 'De Kamer wordt zo spoedig mogelijk, maar uiterlijk 1 juli 2023 geïnformeerd; de regeling loopt tot april 2027.';
    const r = await run([text], { ref: '2023-03-01', json: true });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toEqual({
      reference: '2023-03-01',
      expressions: [
        { role: 'deadline', text: 'zo spoedig mogelijk', start: 15, end: 34, relation: 'by', earliest: '2023-03-01', deadline: '2023-06-01', precision: 'vague', basis: 'estimate', soft: true, recurrence: null },
        { role: 'deadline', text: 'uiterlijk 1 juli 2023', start: 41, end: 62, relation: 'by', earliest: '2023-03-01', deadline: '2023-07-01', precision: 'day', basis: 'explicit', soft: false, recurrence: null },
        // The end of the regulation is the content of the measure, not a term for the government.
        { role: 'content', text: 'tot april 2027', start: 95, end: 109, relation: 'until', earliest: null, deadline: '2027-03-31', precision: 'month', basis: 'explicit', soft: false, recurrence: null },
      ],
      primary: { role: 'deadline', text: 'uiterlijk 1 juli 2023', start: 41, end: 62, relation: 'by', earliest: '2023-03-01', deadline: '2023-07-01', precision: 'day', basis: 'explicit', soft: false, recurrence: null },
      // The whole text typed as a term (motie termijn): its longest expression.
      asTerm: { text: 'uiterlijk 1 juli 2023', earliest: '2023-03-01', deadline: '2023-07-01', basis: 'explicit', soft: false },
    });
    expect(text.slice(41, 62)).toBe('uiterlijk 1 juli 2023');
  });

  it('gives primary null when no expression sets a deadline', async () => {
    const json = JSON.parse((await run(['De pilot loopt tot april 2027.'], { ref: '2025-04-15', json: true })).out) as DatumJson;
    expect(json.expressions).toHaveLength(1);
    expect(json.primary).toBeNull();
  });

  it('prints Dutch explanations without --json', async () => {
    const r = await run(['De Kamer wordt voor de zomer van 2025 geïnformeerd.'], { ref: '2025-04-15' });
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Referentiedatum: dinsdag 15 april 2025',
        '- voor de zomer van 2025 → uiterlijk donderdag 3 juli 2025 (dag voor het zomerreces)',
        'Termijn: voor de zomer van 2025 → uiterlijk donderdag 3 juli 2025 (dag voor het zomerreces)',
      ].join('\n'),
    );
  });

  it.each(['1-7-2025', '1 juli 2025', 'morgen'])('shows the term motie termijn takes from "%s" where a document reads none (issue 23.15)', async (typed) => {
    const r = await run([typed], { ref: '15-9-2025' });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Referentiedatum: maandag 15 september 2025');
    expect(lines).toContain('Termijn: geen termijn (geen uitdrukking die een termijn geeft).');
    // 1 juli lies before the reference date: as a term it would need --bevestig, and the line says so.
    expect(lines.at(-1)).toBe(
      typed === 'morgen'
        ? 'Getypt als termijn (motie termijn, /motie termijn, het veld Termijn): morgen → op dinsdag 16 september 2025'
        : `Getypt als termijn (motie termijn, /motie termijn, het veld Termijn): ${typed} → op dinsdag 1 juli 2025 — die datum ligt 2 maanden in het verleden (motie termijn vraagt dan om --bevestig)`,
    );
    const json = JSON.parse((await run([typed], { ref: '15-9-2025', json: true })).out) as DatumJson & { asTerm: { deadline: string } };
    expect(json.primary).toBeNull();
    expect(json.asTerm.deadline).toBe(typed === 'morgen' ? '2025-09-16' : '2025-07-01');
  });

  it('says so when there is no date expression', async () => {
    // Nothing found is exit 1 (like grep), so scripts can tell.
    expect(await run(['Hiermee is invulling gegeven aan de motie.'], { ref: '2025-04-15' })).toEqual({
      code: 1,
      out: '',
      err: 'Geen datumuitdrukking gevonden in "Hiermee is invulling gegeven aan de motie.".',
    });
  });

  it('uses today in Europe/Amsterdam as the default reference', async () => {
    const json = JSON.parse((await run(['binnen een maand'], { json: true })).out) as DatumJson;
    expect(json.reference).toBe('2025-07-01');
    expect(json.primary!.deadline).toBe('2025-08-01');
  });

  it.each([['2025-13-01'], ['31-02-2025'], ['ooit']])('rejects --ref %s with a Dutch error and exit code 2', async (ref) => {
    const r = await run(['voor de zomer'], { ref });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`Ongeldige referentiedatum "${ref}": schrijf bijvoorbeeld --ref 15-4-2025, --ref "15 april 2025" of --ref 2025-04-15.`);
  });

  it.each([['15-04-2025'], ['15 april 2025'], ['2025-04-15']])('reads --ref %s as a Dutch date, like every date flag', async (ref) => {
    const r = await run(['eind mei'], { ref, json: true });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { reference: string }).reference).toBe('2025-04-15');
  });

  it('rejects a --ref without a value and a missing text with exit code 2', async () => {
    expect((await run(['voor de zomer'], { ref: true })).code).toBe(2);
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Gebruik: motie datum');
  });

  it('reads the extra calendar from MOTIEBOT_CALENDAR_FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motiebot-datum-'));
    try {
      const path = join(dir, 'kalender.json');
      writeFileSync(path, JSON.stringify({ recesses: [{ year: 2027, name: 'zomerreces', from: '2027-07-02', to: '2027-08-30' }] }));
      const json = JSON.parse((await run(['voor de zomer van 2027'], { ref: '2026-09-01', json: true }, { MOTIEBOT_CALENDAR_FILE: path })).out) as DatumJson;
      expect(json.primary).toMatchObject({ deadline: '2027-07-01', basis: 'calendar' });
      const without = JSON.parse((await run(['voor de zomer van 2027'], { ref: '2026-09-01', json: true })).out) as DatumJson;
      expect(without.primary).toMatchObject({ deadline: '2027-07-08', basis: 'estimate' });
      // A missing file is a configuration error, as for the bot and every other command (the CLI's one context).
      const broken = await run(['voor de zomer'], { ref: '2026-09-01' }, { MOTIEBOT_CALENDAR_FILE: join(dir, 'weg.json') });
      expect(broken.code).toBe(2);
      expect(broken.err).toContain('Ongeldige configuratie: MOTIEBOT_CALENDAR_FILE');
      // A file whose content is not a calendar: the calendar's own message, exit 1.
      const garbled = join(dir, 'kapot.json');
      writeFileSync(garbled, '{ "recesses": 5 }');
      const bad = await run(['voor de zomer'], { ref: '2026-09-01' }, { MOTIEBOT_CALENDAR_FILE: garbled });
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('is ongeldig: "recesses" moet een lijst zijn.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--uitleg says for every expression its role, the rule behind it, and why it was or was not chosen', async () => {
    const text = 'Motie van het lid Jansen over bij de Voorjaarsnota vasthouden aan de afspraak van december 2024 en de Kamer zo snel mogelijk en uiterlijk 1 juni informeren';
    const r = await run([text], { ref: '2025-01-15', uitleg: true });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const block = (start: string) => lines.slice(lines.findIndex((l) => l.startsWith(`- ${start}`)), lines.findIndex((l) => l.startsWith(`- ${start}`)) + 3).join('\n');
    expect(block('bij de Voorjaarsnota')).toContain('rol: inhoud van de maatregel: een begrotingsmoment als gelegenheid voor een beleidskeuze');
    expect(block('bij de Voorjaarsnota')).toContain('termijn: niet gekozen: deze rol telt nooit als termijn');
    expect(block('december 2024')).toContain('rol: referentiepunt: "van" ervoor');
    expect(block('zo snel mogelijk')).toContain('termijn: niet gekozen: een vage termijn telt alleen als er geen hardere is (regel 2)');
    expect(block('uiterlijk 1 juni')).toContain('rol: termijn: een termwoord');
    expect(block('uiterlijk 1 juni')).toContain('termijn: gekozen');
    expect(lines.at(-1)).toContain('Termijn: uiterlijk 1 juni');
  });

  it('--uitleg says why a negated term is not the term and the other one is', async () => {
    const r = await run(['Ik zal uw Kamer niet in april maar in mei informeren.'], { ref: '2025-01-15', uitleg: true });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('- in april'));
    expect(lines.slice(at, at + 3).join('\n')).toContain('rol: inhoud van de maatregel: "niet" ervoor: juist niet de termijn');
    expect(lines.find((l) => l.startsWith('Termijn:'))).toContain('Termijn: in mei');
  });

  it('a typed term skips a negated expression as running text does: "niet in april maar in mei" is May', async () => {
    const r = await run(['niet in april maar in mei'], { ref: '2025-01-15' });
    expect(r.code).toBe(0);
    // (The "Getypt als termijn" line appears only when typing the words would give another term than the text's: before, april.)
    expect(r.out).not.toContain('Getypt als termijn');
    expect(r.out.split('\n').find((l) => l.startsWith('Termijn:'))).toContain('Termijn: in mei');
  });

  it('a typed term that is all negated ("niet in april") is no term, and the typed line says why', async () => {
    const r = await run(['niet in april'], { ref: '2025-01-15' });
    expect(r.code).toBe(0);
    expect(r.out.split('\n').find((l) => l.startsWith('Termijn:'))).toBe('Termijn: geen termijn (geen uitdrukking die een termijn geeft).');
    expect(r.out).toContain('Getypt als termijn (motie termijn, /motie termijn, het veld Termijn): Geen termijn: "in april" staat er met "niet" ervoor, en dat is juist niet de termijn.');
    // "niet later dan 1 mei" is a bound, not a negation: typed, it is a term.
    const bound = await run(['niet later dan 1 mei'], { ref: '2025-01-15' });
    expect(bound.out).not.toContain('staat er met "niet" ervoor');
    expect(bound.out.split('\n').find((l) => l.startsWith('Termijn:'))).toContain('1 mei');
  });

  it('--uitleg notices a weekday that does not fit its date, and keeps the date', async () => {
    const r = await run(['verzoekt de regering de Kamer vóór vrijdag 14 maart 2026 te informeren'], { ref: '2026-01-10', uitleg: true });
    expect(r.code).toBe(0);
    expect(r.out).toContain('    let op: 14 maart 2026 is een zaterdag, geen vrijdag; de datum telt, niet de weekdag (controleer de bron)');
    expect(r.out.split('\n').find((l) => l.startsWith('Termijn:'))).toContain('uiterlijk zaterdag 14 maart 2026');
    const fits = await run(['verzoekt de regering de Kamer vóór vrijdag 13 maart 2026 te informeren'], { ref: '2026-01-10', uitleg: true });
    expect(fits.out).not.toContain('let op:');
    const plain = await run(['verzoekt de regering de Kamer vóór vrijdag 14 maart 2026 te informeren'], { ref: '2026-01-10' });
    expect(plain.out).not.toContain('let op:');
  });

  it('--uitleg --json adds the rule and the choice as codes; without --uitleg the JSON stays as it was', async () => {
    const text = 'verzoekt de regering gemeenten maandelijks te laten rapporteren aan de provincie en de Kamer voor de zomer te informeren';
    const explained = JSON.parse((await run([text], { ref: '2025-01-15', uitleg: true, json: true })).out) as { expressions: { text: string; reason: string; choice: string }[] };
    expect(explained.expressions.map((e) => [e.text, e.reason, e.choice])).toEqual([
      ['maandelijks', 'others-rhythm', 'not-a-term'],
      ['voor de zomer', 'term', 'chosen'],
    ]);
    const plain = JSON.parse((await run([text], { ref: '2025-01-15', json: true })).out) as { expressions: Record<string, unknown>[] };
    expect(plain.expressions[0]).not.toHaveProperty('reason');
  });
});
