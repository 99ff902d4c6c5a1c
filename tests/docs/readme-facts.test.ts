// Issue 23 (the README items): what the README and .env.example say about the configuration, the
// Slack scopes and the command line stays true to the code: every variable the configuration reads
// is in .env.example, the scopes paragraph names exactly manifest.json's scopes, and every `motie`
// command is in the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/registry.ts';
import { DEFAULTS } from '../../src/config-core.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('README and .env.example (issue 23)', () => {
  it('.env.example names every variable the configuration reads (TK_* and HEALTH_* included)', () => {
    const example = new Set([...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const source = ['src/config-core.ts', 'src/config.ts', 'src/config-slack.ts'].map(read).join('\n');
    const readVariables = new Set([...source.matchAll(/value\(env, '([A-Z][A-Z0-9_]+)'\)/g)].map((m) => m[1] ?? ''));
    const wanted = [...new Set([...Object.keys(DEFAULTS), ...readVariables])].sort();
    expect(wanted.length).toBeGreaterThan(15);
    expect(wanted.filter((name) => !example.has(name))).toEqual([]);
    expect(wanted.filter((name) => /^(?:TK|HEALTH)_/.test(name)).length).toBeGreaterThanOrEqual(7);
  });

  it('the scopes paragraph names exactly the scopes of manifest.json, and their number', () => {
    const manifest = JSON.parse(read('manifest.json')) as { oauth_config: { scopes: { bot: string[] } } };
    const scopes = manifest.oauth_config.scopes.bot;
    const paragraph = /^Scopes \(the (\w+) of `manifest\.json`\):[\s\S]*?\n\n/m.exec(read('README.md'));
    expect(paragraph).not.toBeNull();
    // Every `word` or `word:word` in the paragraph that is a scope or looks like one.
    const named = [...(paragraph?.[0] ?? '').matchAll(/`([a-z]+(?::[a-z.]+)?)`/g)].map((m) => m[1] ?? '').filter((s) => s.includes(':') || scopes.includes(s));
    expect([...new Set(named)].sort()).toEqual([...scopes].sort());
    expect(paragraph?.[1]).toBe(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'][scopes.length]);
  });

  it('names every motie command', () => {
    const readme = read('README.md');
    expect(commands.length).toBeGreaterThan(20);
    expect(commands.map((c) => c.name).filter((name) => !new RegExp(`\\bmotie ${name}\\b`).test(readme))).toEqual([]);
  });
});
