// Fast, reproducible databases for the benchmarks: the real migrations, then raw prepared
// statements in one transaction. The spread follows what a government's database looks like:
// 14 bewindspersoon codes across ministries, deadlines over past and future years, 30 % done,
// some items without a term, two codes on 10 % of the items, a trekker on 5 %.
import { addDays, format } from 'date-fns';
import { closeDb, openDb } from '../../src/store/db.ts';

export const CODES = [
  'SOCW', 'MOCW', 'MSZW', 'SSZW', 'MVWS', 'SVWS', 'MJenV', 'SJenV', 'MBZK', 'MFin', 'MEZ', 'MIenW', 'MDef', 'MBZ',
] as const;

export function ministryOf(code: string): string {
  return code.slice(1);
}

/** A small, seeded PRNG (mulberry32): the same database every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'herstelrecht bij seksueel grensoverschrijdend gedrag', 'voorlichting aan studenten', 'een gedragscode voor bedrijven',
  'gespecialiseerde vertrouwenspersonen', 'de begeleiding van melders', 'een periodieke check-up van slachtoffers',
  'de zedenwetgeving op de BES-eilanden', 'de toegang tot een vertrouwenspersoon voor zelfstandigen',
  'de digitale dimensie van geweld tegen vrouwen', 'mannenemancipatie in het onderwijs', 'daderprofielen straatintimidatie',
  'het prevalentieonderzoek in de sport', 'relationele en seksuele vorming', 'de uitvoering van het actieprogramma',
];
const TERMS = [
  'voor de zomer van', 'in het najaar van', 'eind', 'in het eerste kwartaal van', 'voor het kerstreces van', 'uiterlijk in',
];
const SUBMITTERS = ['Mutluer', 'Westerveld', 'Van der Werf', 'Werner', 'Van der Laan', 'Bikker', 'Van der Lee'];

export interface SeedOptions {
  items: number;
  /** Channels linked to one code each (round robin over CODES). */
  channels?: number;
  /** Extra channel ids linked to codes: [channelId, code]. */
  links?: [string, string][];
  /** Mark both jobs as having completed now, as in a bot that has been running (no catch-up at start). */
  jobsCompleted?: boolean;
  today?: Date;
  seed?: number;
}

/** Creates (migrations included) and fills the database at `path`. */
export function seedDatabase(path: string, options: SeedOptions): void {
  const db = openDb(path);
  const sqlite = db.$client;
  const rnd = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const today = options.today ?? new Date();
  const now = today.getTime();
  const insertItem = sqlite.prepare(
    `INSERT INTO items (kind, title, text, submitters, cs, kamerstuk_dossier, kamerstuk_number, kamerstuk_vergaderjaar,
       status, status_text, deadline_earliest, deadline, deadline_text, deadline_basis, deadline_soft, deadline_source,
       source_document, source_position, done_at, done_by, owner, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertResp = sqlite.prepare('INSERT INTO responsibilities (item_id, code, ministry) VALUES (?, ?, ?)');
  const insertLink = sqlite.prepare(
    "INSERT INTO channel_links (target, target_kind, channel_id, linked_by, created_at) VALUES (?, 'code', ?, 'UBENCH', ?)",
  );
  const insertLease = sqlite.prepare(
    "INSERT OR REPLACE INTO leases (name, holder, expires_at, last_completed_at) VALUES (?, '', ?, ?)",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < options.items; i++) {
      const kind = rnd() < 0.85 ? 'motie' : 'toezegging';
      const subject = pick(SUBJECTS);
      const submitter = pick(SUBMITTERS);
      const text = `verzoekt de regering ${subject} te onderzoeken (${i}) en de Kamer daarover te informeren`;
      const done = rnd() < 0.3;
      const r = rnd();
      // 8 % without a term, 2 % with a term but no date yet, the rest from 3 years back to 3 years ahead.
      const hasTerm = r >= 0.08;
      const hasDate = r >= 0.1;
      const deadline = hasDate ? format(addDays(today, Math.floor(rnd() * 2190) - 1095), 'yyyy-MM-dd') : null;
      const year = deadline ? deadline.slice(0, 4) : '2025';
      insertItem.run(
        kind,
        `${subject[0]!.toUpperCase()}${subject.slice(1)}`,
        text,
        JSON.stringify(kind === 'motie' ? [submitter] : []),
        rnd() < 0.3 ? 1 : 0,
        kind === 'motie' ? String(30000 + (i % 7000)) : null,
        kind === 'motie' ? String(Math.floor(i / 7000) + 1) : null,
        kind === 'motie' ? '2022/23' : null,
        done ? 'done' : 'open',
        done ? 'Hiermee is invulling gegeven aan de motie.' : 'De Kamer wordt nader geïnformeerd.',
        null,
        deadline,
        hasTerm ? `${pick(TERMS)} ${year}` : null,
        hasTerm ? 'rule' : null,
        hasTerm ? 'request' : null,
        'bench.txt',
        i + 1,
        done ? now - Math.floor(rnd() * 730 * 86_400_000) : null,
        // Marked done by a person (punctuality counts only those); a trekker on one item in 20,
        // one of 50 people ("Mijn": UALICE owns one item in 1,000).
        done ? 'UBENCH' : null,
        i % 20 === 0 ? (i % 1000 === 0 ? 'UALICE' : `U${String(i % 50).padStart(3, '0')}`) : null,
        now,
        now,
      );
      const id = i + 1;
      const code = pick(CODES);
      insertResp.run(id, code, ministryOf(code));
      if (rnd() < 0.1) {
        let second = pick(CODES);
        if (second === code) second = CODES[(CODES.indexOf(code) + 1) % CODES.length]!;
        insertResp.run(id, second, ministryOf(second));
      }
    }
    for (let c = 0; c < (options.channels ?? 0); c++) {
      insertLink.run(CODES[c % CODES.length]!, `C${String(c + 1).padStart(5, '0')}`, now);
    }
    for (const [channel, code] of options.links ?? []) insertLink.run(code, channel, now);
    if (options.jobsCompleted) {
      insertLease.run('reminders', now, now);
      insertLease.run('digest', now, now);
    }
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  closeDb(db);
}
