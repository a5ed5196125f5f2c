import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../mock/data/load';
import { peerCell, peerColumns, peerPeriod, peerRegionIds } from './peers';
import { observation } from './test-observations';

describe('peers', () => {
  const observations = [
    observation('330110', 5.8, {
      indicator: 'fixed_asset_investment',
      period: '2025H1',
      measure: 'growth',
      growthBasis: 'nominal',
    }),
    observation('331127', 30, {
      indicator: 'fixed_asset_investment',
      period: '2025H1',
      measure: 'growth',
      growthBasis: 'nominal',
    }),
    observation('330802', 7, { indicator: 'gdp', period: '2025H1', measure: 'growth', growthBasis: 'real' }),
    observation('330110', 1, {
      indicator: 'gdp',
      period: '2025H1',
      measure: 'rank',
      rank: { scope: 'province', basis: 'level' },
    }),
    observation('330110', 3, { indicator: 'gdp', period: '2022FY' }),
  ];

  it('lists the peer counties of the county reports, never the province or a prefecture city, whatever their scope', () => {
    const { regions } = loadDataset();
    const peers = peerRegionIds(regions.map((r) => ({ ...r })));
    const kindOf = new Map(regions.map((r) => [r.id, r.kind]));
    expect(peers).toContain('330110');
    expect(peers.every((id) => kindOf.get(id) !== 'prefecture-city' && kindOf.get(id) !== 'province')).toBe(true);
    // The other ten cities of Zhejiang are in the dataset, and none of them is a peer.
    const cities = regions.filter((r) => r.scope === 'zhejiang-cities');
    expect(cities).toHaveLength(10);
    expect(cities.some((c) => peers.includes(c.id))).toBe(false);
    // Even a city filed under the peers' scope by mistake stays out.
    const misfiled = regions.map((r) => (r.id === '330700' ? { ...r, scope: 'zhejiang' as const } : r));
    expect(peerRegionIds(misfiled)).not.toContain('330700');
  });

  it('takes the period the API states for the peers’ reports, the latest where they differ', () => {
    const region = (id: string, reportPeriod: string | null) => ({
      id,
      gbCode: id,
      name: { zh: id, en: id },
      shortName: { zh: id, en: id },
      kind: 'county' as const,
      parent: null,
      scope: 'zhejiang' as const,
      order: 0,
      reportPeriod,
    });
    expect(peerPeriod([region('330110', '2025H1'), region('330282', '2024FY'), region('330000', null)])).toBe('2025H1');
    expect(peerPeriod([region('330000', null)])).toBeNull();
  });

  it('gives one column per indicator, measure and basis, in catalogue order', () => {
    const columns = peerColumns(observations.slice(0, 4), ['gdp', 'fixed_asset_investment']);
    expect(columns.map((c) => c.id)).toEqual([
      'gdp:growth:real:',
      'gdp:rank::province',
      'fixed_asset_investment:growth:nominal:',
    ]);
    expect(peerCell(observations, '331127', columns[2]!)?.value).toBe(30);
    expect(peerCell(observations, '330802', columns[2]!)).toBeNull();
  });
});
