import type { PeriodId } from '../api/contract/common';

/**
 * The periods the dashboard offers in its filter, oldest first: every cumulative period from 2022 to
 * 2025 with published figures of Shaoxing, and the whole of 2023 and 2024 (the years of the 2024
 * targets and of the illustrative fill). They are part of the public URL interface (`period=2024Q1`),
 * so they are fixed here rather than taken from the API; /meta sends this list, and a dataset test
 * fails when a period with published figures is missing from it or an offered one has none.
 */
export const DASHBOARD_PERIODS = [
  '2022Q1',
  '2022Q3',
  '2022FY',
  '2023Q1',
  '2023H1',
  '2023Q3',
  '2023FY',
  '2024Q1',
  '2024H1',
  '2024Q3',
  '2024FY',
  '2025Q1',
  '2025H1',
  '2025Q3',
  '2025FY',
] as const satisfies readonly PeriodId[];
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

export type PeriodPart = 'Q1' | 'H1' | 'Q3' | 'FY' | 'M';

export interface ParsedPeriod {
  year: number;
  part: PeriodPart;
  /** Months from January covered by the cumulative period (Q1 = 3 … FY = 12). */
  months: number;
}

const PART_MONTHS: Record<Exclude<PeriodPart, 'M'>, number> = { Q1: 3, H1: 6, Q3: 9, FY: 12 };

export function parsePeriod(id: string): ParsedPeriod | null {
  const match = /^(\d{4})(Q1|H1|Q3|FY|M(0[1-9]|1[0-2]))$/.exec(id);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3]) return { year, part: 'M', months: Number(match[3]) };
  const part = match[2] as Exclude<PeriodPart, 'M'>;
  return { year, part, months: PART_MONTHS[part] };
}

export function isDashboardPeriod(id: string): id is DashboardPeriod {
  return (DASHBOARD_PERIODS as readonly string[]).includes(id);
}

/**
 * The offered periods of two consecutive years that hold the given period, the year before it
 * first (the year after where no earlier year is offered): the window of a small trend, which has
 * no room for all of 2022–2025.
 */
export function twoYearWindow(id: string): DashboardPeriod[] {
  const year = parsePeriod(id)?.year;
  if (year === undefined) return [...DASHBOARD_PERIODS];
  const offered = (y: number) => DASHBOARD_PERIODS.some((p) => parsePeriod(p)?.year === y);
  const first = offered(year - 1) ? year - 1 : year;
  return DASHBOARD_PERIODS.filter((p) => {
    const y = parsePeriod(p)!.year;
    return y === first || y === first + 1;
  });
}

/**
 * The cumulative period before this one in the same year (H1 → Q1), the comparison officials make
 * when they say 比一季度加快 x 个百分点. Q1 has none: the previous year is a different base.
 */
export function previousCumulativePeriod(id: string): string | null {
  const parsed = parsePeriod(id);
  if (!parsed) return null;
  const order: PeriodPart[] = ['Q1', 'H1', 'Q3', 'FY'];
  const index = order.indexOf(parsed.part);
  if (index <= 0) return null;
  return `${parsed.year}${order[index - 1]}`;
}

/** Sort key: year, then months covered. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.year - pb.year || pa.months - pb.months;
}
