import { describe, expect, it } from 'vitest';
import { edgeWidth, isBackSwipe, minTravel } from '../../renderer/components/shell/edgeSwipe';

describe('back swipe from the left edge', () => {
  it('goes back on a sideways swipe that starts at the edge', () => {
    expect(isBackSwipe({ x: 5, y: 500 }, { x: 5 + minTravel, y: 540 })).toBe(true);
  });

  it('ignores swipes that start away from the edge, are short, or mostly vertical', () => {
    expect(isBackSwipe({ x: edgeWidth + 1, y: 500 }, { x: 400, y: 500 })).toBe(false);
    expect(isBackSwipe({ x: 0, y: 500 }, { x: minTravel - 1, y: 500 })).toBe(false);
    expect(isBackSwipe({ x: 0, y: 500 }, { x: 200, y: 800 })).toBe(false);
    expect(isBackSwipe({ x: 10, y: 500 }, { x: -100, y: 500 })).toBe(false);
  });
});
