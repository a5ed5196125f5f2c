import type { Observation } from '../../../api/contract/observations';
import type { Region } from '../../../api/contract/regions';
import { comparePeriods } from '../../../lib/periods';
import { matchesFigure } from '../../../domain/observations';

/** Prefecture-level cities and the province are not peers of a county, whatever scope they come under. */
const NOT_PEER_KINDS: readonly Region['kind'][] = ['province', 'prefecture-city'];

/** Counties elsewhere in Zhejiang whose leaders' reports the dataset holds (never the province or a city). */
export function peerRegionIds(regions: readonly Region[]): string[] {
  return regions.filter((r) => r.scope === 'zhejiang' && !NOT_PEER_KINDS.includes(r.kind)).map((r) => r.id);
}

/**
 * The period the peers' reports cover, as the API states it for each peer (the latest where they
 * differ). Their figures are H1 2025 (see mock/data/NOTES.md), not a period of the global filter.
 */
export function peerPeriod(regions: readonly Region[]): string | null {
  const periods = regions.flatMap((r) => (r.reportPeriod ? [r.reportPeriod] : [])).sort(comparePeriods);
  return periods.at(-1) ?? null;
}

export interface PeerColumn {
  id: string;
  indicator: string;
  measure: Observation['measure'];
  growthBasis: 'real' | 'nominal' | null;
  rankScope: 'province' | 'city' | null;
}

/** One column per indicator, measure and growth basis (and rank scope) that the reports give, in catalogue order. */
export function peerColumns(observations: readonly Observation[], catalogueOrder: readonly string[]): PeerColumn[] {
  const columns = new Map<string, PeerColumn>();
  for (const o of observations) {
    const id = [o.indicator, o.measure, o.growthBasis ?? '', o.rank?.scope ?? ''].join(':');
    if (!columns.has(id))
      columns.set(id, {
        id,
        indicator: o.indicator,
        measure: o.measure,
        growthBasis: o.growthBasis,
        rankScope: o.rank?.scope ?? null,
      });
  }
  const measureOrder = ['level', 'growth', 'change', 'rank'];
  const position = (id: string) => {
    const index = catalogueOrder.indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...columns.values()].sort(
    (a, b) =>
      position(a.indicator) - position(b.indicator) ||
      measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure) ||
      (a.growthBasis ?? '').localeCompare(b.growthBasis ?? ''),
  );
}

export function peerCell(observations: readonly Observation[], region: string, column: PeerColumn): Observation | null {
  return (
    observations.find(
      (o) =>
        matchesFigure(o, {
          region,
          indicator: column.indicator,
          measure: column.measure,
          growthBasis: column.growthBasis,
        }) && (o.rank?.scope ?? null) === column.rankScope,
    ) ?? null
  );
}
