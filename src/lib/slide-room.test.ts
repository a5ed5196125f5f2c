import { describe, expect, it } from 'vitest';
import { splitEvenly, splitIntoParts } from './slide-room';

const items = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('splitting a slide’s content', () => {
  it('splitIntoParts fills each part but the last', () => {
    expect(splitIntoParts(items(13), 8).map((part) => part.length)).toEqual([8, 5]);
    expect(splitIntoParts([], 8)).toEqual([[]]);
  });

  it('splitEvenly uses as many parts, of sizes that differ by one at most', () => {
    expect(splitEvenly(items(13), 8).map((part) => part.length)).toEqual([7, 6]);
    expect(splitEvenly(items(12), 11).map((part) => part.length)).toEqual([6, 6]);
    expect(splitEvenly(items(9), 3).map((part) => part.length)).toEqual([3, 3, 3]);
    expect(splitEvenly(items(5), 8)).toEqual([items(5)]);
    expect(splitEvenly(items(13), 8).flat()).toEqual(items(13));
    expect(splitEvenly([], 8)).toEqual([[]]);
  });
});
