// Competition ranking ("1224"), used by the area ranking of the aggregates and the drawer's ranking tab alike.

/** Ranks of values already sorted in descending order: ties share a rank and the next rank skips (1, 2, 2, 4). */
export function competitionRanks(sortedDesc: readonly number[]): number[] {
  const ranks: number[] = [];
  sortedDesc.forEach((v, i) => ranks.push(i > 0 && sortedDesc[i - 1] === v ? ranks[i - 1]! : i + 1));
  return ranks;
}
