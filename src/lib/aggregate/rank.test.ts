import { describe, expect, it } from 'vitest';
import { competitionRanks } from './rank.ts';

describe('competitionRanks', () => {
  it('ties share a rank and the next rank skips', () => {
    expect(competitionRanks([9, 5, 5, 3, 3, 3, 1])).toEqual([1, 2, 2, 4, 4, 4, 7]);
  });
  it('all equal are all first; none is none', () => {
    expect(competitionRanks([0, 0, 0])).toEqual([1, 1, 1]);
    expect(competitionRanks([])).toEqual([]);
  });
});
