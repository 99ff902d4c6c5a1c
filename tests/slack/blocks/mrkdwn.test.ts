import { describe, expect, it } from 'vitest';
import { escapeTruncated, truncate, truncateLines } from '../../../src/slack/blocks/mrkdwn.ts';
import { escapeMrkdwn } from '../../../src/domain/escape-mrkdwn.ts';

describe('escapeMrkdwn', () => {
  it('turns every mention and link into text', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <https://evil|klik> & co')).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|klik&gt; &amp; co');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text on a word with an ellipsis', () => {
    expect(truncate('kort', 10)).toBe('kort');
    expect(truncate('een lange zin met woorden', 15)).toBe('een lange zin…');
    expect(truncate('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('truncateLines', () => {
  it('keeps line breaks and cuts at the end of a line when it can', () => {
    expect(truncateLines('a  b\nc\td', 100)).toBe('a b\nc d');
    expect(truncateLines('regel een\n'.repeat(10), 50)).toBe('regel een\nregel een\nregel een\nregel een…');
    expect(truncateLines(`${'x'.repeat(30)}\n${'y'.repeat(30)}`, 40).length).toBeLessThanOrEqual(40);
  });
});

describe('escapeTruncated', () => {
  it.each([
    ['plain text', 'woord '.repeat(100), 50],
    ['ampersands', '&'.repeat(500), 50],
    ['angle brackets', '<>'.repeat(300), 7],
    ['a mix', '<!channel> & '.repeat(80), 150],
  ])('stays within the limit after escaping (%s)', (_name, text, max) => {
    const out = escapeTruncated(text, max);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(out.length).toBeGreaterThan(0);
    expect(out).not.toMatch(/[<>]/);
  });

  it('leaves short text as it is (escaped)', () => {
    expect(escapeTruncated('R&D', 20)).toBe('R&amp;D');
  });
});
