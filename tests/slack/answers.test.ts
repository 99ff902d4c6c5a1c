// The short answers with a button (src/slack/blocks/answers.ts) stay within Slack's limits.
import { describe, expect, it } from 'vitest';
import { answerWithUndo, decodeTermConfirmation, pastTermQuestion } from '../../src/slack/blocks/answers.ts';
import { ACTION } from '../../src/slack/blocks/ids.ts';
import { blockKitProblems } from '../../src/preview/slack-rules.ts';

describe('answers with a button', () => {
  it('a term in the past carries it in the "Toch opslaan" button, and the button value decodes back', () => {
    const blocks = pastTermQuestion('⚠️ #12: ligt in het verleden.', { id: 12, term: 'voor de zomer van 2024' });
    const button = (blocks[1] as { elements: { action_id: string; value: string }[] }).elements[0];
    expect(button?.action_id).toBe(ACTION.termConfirmPast);
    expect(decodeTermConfirmation(button?.value)).toEqual({ id: 12, term: 'voor de zomer van 2024' });
    expect(blockKitProblems({ blocks }, 'message')).toEqual([]);
  });

  it('a term too long for a button value gets the question alone; a text too long for a section is cut', () => {
    const term = `voor ${'de zomer '.repeat(300)}van 2024`;
    const text = `⚠️ #12: ${term}`.repeat(2);
    const blocks = pastTermQuestion(text, { id: 12, term });
    expect(blocks.map((b) => b.type)).toEqual(['section']);
    expect(blockKitProblems({ blocks }, 'message')).toEqual([]);
    expect(blockKitProblems({ blocks: answerWithUndo(text, { action: ACTION.undo, id: 12 }) }, 'message')).toEqual([]);
  });

  it('keeps a short answer as it is, line breaks included', () => {
    const [section] = answerWithUndo('#12 is verwijderd.\nOngedaan maken kan hieronder.', { action: ACTION.undo, id: 12 });
    expect(section).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '#12 is verwijderd.\nOngedaan maken kan hieronder.' } });
  });
});
