import { describe, expect, it } from 'vitest';
import { cliActor, describeActor, isPerson, slackActor } from '../../src/domain/actor.ts';

describe('actors', () => {
  it.each([
    ['U0123ABCD', { kind: 'slack', userId: 'U0123ABCD' }, true],
    ['W0ENTERPRISE', { kind: 'slack', userId: 'W0ENTERPRISE' }, true],
    ['cli', { kind: 'cli', name: null }, true],
    ['cli:Piet de Vries', { kind: 'cli', name: 'Piet de Vries' }, true],
    ['import', { kind: 'import' }, false],
    ['preview', { kind: 'preview' }, false],
    ['system', { kind: 'system' }, false],
    ['tk-sync', { kind: 'tk-sync' }, false],
    // Anything else (a hand-edited database) is nobody in particular, never a person or a mention.
    ['<!channel>', { kind: 'system' }, false],
    ['u0123abcd', { kind: 'system' }, false],
  ])('reads the stored actor %j', (stored, described, person) => {
    expect(describeActor(stored)).toEqual(described);
    expect(isPerson(stored)).toBe(person);
  });

  it('makes the command-line actor from --door, tidying the name', () => {
    expect(cliActor()).toBe('cli');
    expect(cliActor('   ')).toBe('cli');
    expect(cliActor('  Piet \n de Vries ')).toBe('cli:Piet de Vries');
  });

  it('accepts only Slack user ids as Slack actors', () => {
    expect(slackActor('U0ALICE')).toBe('U0ALICE');
    expect(() => slackActor('import')).toThrow(/not a Slack user id/);
    expect(() => slackActor('')).toThrow(/not a Slack user id/);
  });
});
