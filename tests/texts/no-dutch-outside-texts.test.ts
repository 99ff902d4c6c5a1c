// Issue 13: every Dutch sentence a person reads lives in a named text module: src/texts/*.nl.ts, a
// verb's own src/verbs/<verb>/{help,texts}.nl.ts, or the CLI's src/cli/{texts,usage}.nl.ts and the
// preview's src/preview/texts.nl.ts (issue 29: sentences beside the code that says them). This
// guard reads every string literal and template in src/ outside those modules (and src/domain and the import's pure
// core, src/import/layouts and src/import/plan, whose language is the documents' and the date parser's vocabulary) and fails on one that reads as a Dutch sentence
// (readsAsDutch: Dutch function words). Words the bot reads as input ('afgerond', 'alles', keyword
// lists, /(uit|stop|niet meer)/) are no phrase and pass. The allow-list below is short and says why.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
/** Folders of src/ whose strings are vocabulary, not sentences a person reads. */
const SKIPPED_DIRS = ['texts', 'domain', 'import/layouts', 'import/plan'];
/**
 * The text modules outside src/texts, each named: a verb's help lines and answers, the CLI's and the
 * preview's own sentences beside them (issue 29). Not any *.nl.ts: these names only.
 */
const VERB_TEXT_MODULE = /^(verbs\/[a-z]+\/(help|texts)|cli\/(texts|usage)|preview\/texts)\.nl\.ts$/;

/** Words that occur in nearly every Dutch sentence and in no English one. */
const DUTCH_WORDS = new Set(['de', 'het', 'een', 'niet', 'geen', 'van', 'voor', 'met', 'naar', 'bij', 'wordt', 'zijn', 'kan', 'je', 'er', 'dat', 'nog', 'ook', 'op', 'en', 'te', 'om', 'al', 'zet', 'geef', 'typ', 'gebruik', 'is']);

/** The Dutch function words of a text, each once; two or more: a Dutch sentence. */
export function dutchWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => DUTCH_WORDS.has(w)))];
}

/**
 * Two different Dutch function words, or one in a phrase of three words or more ("motiebot kon niet
 * starten: …"). "is" is English too: it counts only beside another Dutch word.
 */
export function readsAsDutch(text: string): boolean {
  const words = dutchWords(text);
  const dutchOnly = words.filter((w) => w !== 'is');
  if (dutchOnly.length === 0) return false;
  return words.length >= 2 || text.trim().split(/\s+/).length >= 3;
}

interface Hit {
  file: string;
  line: number;
  text: string;
}

/** Every string literal and template (its fixed parts) in a source that reads as Dutch. */
export function dutchLiterals(file: string, source: string): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const hits: Hit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
    if (text !== null && readsAsDutch(text)) {
      hits.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else for (const span of node.templateSpans) visit(span.expression);
  };
  visit(sf);
  return hits;
}

/**
 * Dutch that may stay where it is, per file (and, where one literal is meant, a part of it).
 * Keep this short: a new entry needs a reason a reviewer accepts.
 */
const ALLOWED: readonly { file: string; contains?: string; reason: string }[] = [
  {
    file: 'preview/page/preview.js',
    reason: "The preview page's browser script is served as it is (no bundler): its sentences live with its page, as index.html's labels do.",
  },
  {
    file: 'adapters/tk/syncfeed-client.ts',
    contains: 'motiebot (toezeggingen en moties',
    reason: 'The User-Agent header sent to the Tweede Kamer: no person reads it in motiebot.',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.includes(relative(SRC, path)) ? [] : sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) && !VERB_TEXT_MODULE.test(relative(SRC, path)) ? [path] : [];
  });
}

const allowed = (hit: Hit) => ALLOWED.some((a) => a.file === hit.file && (a.contains === undefined || hit.text.includes(a.contains)));

function scan(): Hit[] {
  return sourceFiles(SRC).flatMap((path) => dutchLiterals(relative(SRC, path), readFileSync(path, 'utf8')));
}

describe('Dutch text lives in the named text modules (src/texts, a verb\'s help.nl.ts and texts.nl.ts)', () => {
  const hits = scan();

  it('no Dutch sentence in src/ outside the text modules and src/domain (but the allow-list)', () => {
    const offending = hits.filter((h) => !allowed(h)).map((h) => `src/${h.file}:${h.line} ${JSON.stringify(h.text.slice(0, 100))}`);
    expect(offending, "Move these sentences to a module in src/texts/*.nl.ts, or a verb's src/verbs/<verb>/texts.nl.ts").toEqual([]);
  });

  it('every allow-list entry is still needed', () => {
    const unused = ALLOWED.filter((a) => !hits.some((h) => h.file === a.file && (a.contains === undefined || h.text.includes(a.contains))));
    expect(unused).toEqual([]);
  });

  it('looks at the whole source tree, Slack included', () => {
    const files = sourceFiles(SRC).map((p) => relative(SRC, p));
    expect(files).toContain('slack/blocks/status.ts');
    expect(files).toContain('cli/main.ts');
    expect(files).toContain('import/document/read-source.ts');
    expect(files.some((f) => SKIPPED_DIRS.some((dir) => f.startsWith(`${dir}/`)))).toBe(false);
    // A verb's code is read; only its two named text modules are not.
    expect(files).toContain('verbs/kanaal/slack.ts');
    expect(files).toContain('verbs/overzicht/export-overview.ts');
    expect(files.filter((f) => f.endsWith('.nl.ts'))).toEqual([]);
  });

  it('the text modules are where they are named: src/texts/*.nl.ts, src/verbs/<verb>/{help,texts}.nl.ts, src/cli/{texts,usage}.nl.ts, src/preview/texts.nl.ts; nowhere else', () => {
    const all = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(dir, e.name)) : [relative(SRC, join(dir, e.name))]));
    const nl = all(SRC).filter((f) => f.endsWith('.nl.ts'));
    expect(nl.filter((f) => !f.startsWith('texts/') && !VERB_TEXT_MODULE.test(f))).toEqual([]);
    expect(nl.filter((f) => VERB_TEXT_MODULE.test(f)).length).toBeGreaterThanOrEqual(17);
    expect(nl).toEqual(expect.arrayContaining(['cli/texts.nl.ts', 'cli/usage.nl.ts', 'preview/texts.nl.ts']));
    expect(all(join(SRC, 'texts')).filter((f) => !f.endsWith('.nl.ts'))).toEqual([]);
    expect(VERB_TEXT_MODULE.test('verbs/kanaal/slack.ts')).toBe(false);
    expect(VERB_TEXT_MODULE.test('verbs/kanaal/link-channel.nl.ts')).toBe(false);
    expect(VERB_TEXT_MODULE.test('cli/commands/import.nl.ts')).toBe(false);
  });

  it('flags a Dutch sentence added in src/slack, in a string or a template', () => {
    const planted = [
      "export const answer = 'Er is geen motie of toezegging met dat nummer.';",
      'export const done = (id: number) => `#${id} is afgerond; er is niets veranderd.`;',
      "blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'Nog geen kanalen gekoppeld.' } });",
      "process.stderr.write(`motiebot kon niet starten: ${reason}`);",
    ];
    for (const line of planted) expect(dutchLiterals('slack/listeners/new.ts', line), line).toHaveLength(1);
  });

  it('lets English logs, input vocabulary and identifiers pass', () => {
    const fine = [
      "logger.info(`refused delete of item ${id} by ${actor}`);",
      "logger.error('the history of the channel is longer than 10 pages');",
      "if (['alles', 'alle'].includes(word)) return ALL;",
      "const until = /^(uit|stop|niet meer)$/i.test(rest) ? '' : rest;",
      "const STATUS_WORDS = { open: 'open', alles: 'alles', afgerond: 'done' };",
      "import { SLACK_TEXT } from '../texts/slack.nl.ts';",
      "logger.warn(`listener ${name}: the database is locked by another process; waiting for it`);",
      "const SAMPLE = 'stand-van-zaken-nap-2025.txt';",
    ];
    for (const line of fine) expect(dutchLiterals('slack/x.ts', line), line).toEqual([]);
  });
});
