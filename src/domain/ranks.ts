/**
 * docs/domain.md (Ranks). Competition ranks (1, 2, 2, 4): equal figures share a place and the next place is skipped, as
 * statistical bulletins rank. Where lower is better (PM2.5), the lowest is 1st. Null when any value
 * is missing: a place among the figures that happen to be known is not a place among all.
 */
export function competitionRanks(values: readonly (number | null)[], higherIsBetter: boolean): number[] | null {
  if (values.some((v) => v === null)) return null;
  const numbers = values as number[];
  return numbers.map((value) => 1 + numbers.filter((other) => (higherIsBetter ? other > value : other < value)).length);
}
