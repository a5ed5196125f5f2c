import { describe, expect, it } from 'vitest';
import { competitionRanks } from './ranks';

describe('competitionRanks', () => {
  it('ranks as bulletins do: equal figures share a place, the next place is skipped', () => {
    expect(competitionRanks([7.8, 8.1, 7.8, 6.0], true)).toEqual([2, 1, 2, 4]);
    expect(competitionRanks([5, 7, 7, 1], true)).toEqual([3, 1, 1, 4]);
  });

  it('puts the lowest first where lower is better', () => {
    expect(competitionRanks([28, 25, 31], false)).toEqual([2, 1, 3]);
  });

  it('gives no places while any figure is missing', () => {
    expect(competitionRanks([7.8, null, 6.0], true)).toBeNull();
  });
});
