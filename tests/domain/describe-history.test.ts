import { describe, expect, it } from 'vitest';
import { describeTermHistory } from '../../src/domain/describe-history.ts';

describe('describeTermHistory', () => {
  it.each([
    { moves: 0, original: null, expected: null },
    { moves: undefined, original: null, expected: null },
    { moves: 2, original: '2025-07-03', expected: 'termijn 2× verschoven, oorspronkelijk 3 juli 2025' },
    { moves: 1, original: 'voor de zomer', expected: 'termijn 1× verschoven, oorspronkelijk voor de zomer' },
    { moves: 3, original: null, expected: 'termijn 3× verschoven' },
  ])('$moves moves from $original', ({ moves, original, expected }) => {
    expect(describeTermHistory({ deadlineMoves: moves, deadlineOriginal: original })).toBe(expected);
  });
});
