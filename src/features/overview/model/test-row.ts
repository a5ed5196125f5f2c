import type { Indicator } from '../../../api/contract/indicators';
import type { HeadlineRow } from './headline-rows';

/** A headline row for tests: nothing known but the indicator unless stated. */
export function testRow(indicator: Indicator, partial: Partial<HeadlineRow> = {}): HeadlineRow {
  return {
    indicator,
    level: null,
    growth: null,
    secondaryGrowth: null,
    rank: null,
    rankChange: null,
    change: null,
    changeOnPreviousPeriod: null,
    provinceGap: null,
    light: { kind: 'no-target' },
    ...partial,
  };
}
