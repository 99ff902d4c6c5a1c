// "Binnen 4 weken" is written in many texts; the number of weeks is the due rule's SOON_DAYS
// (src/domain/due.ts). If the rule changes, this says which texts still name the old number.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOON_DAYS } from '../../src/domain/due.ts';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'dates' ? [] : files(path); // the date parser's own vocabulary
    return /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

describe('the soon window in words', () => {
  it('every "binnen N weken" in src names SOON_DAYS / 7 weeks', () => {
    const found: { file: string; weeks: string }[] = [];
    for (const file of files(src)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/binnen (\d+|vier) weken/gi)) found.push({ file, weeks: m[1] ?? '' });
    }
    expect(found.length).toBeGreaterThan(5);
    const weeks = String(SOON_DAYS / 7);
    expect(found.filter((f) => f.weeks !== weeks && !(f.weeks === 'vier' && weeks === '4'))).toEqual([]);
  });
});
