import { describe, expect, it } from 'vitest';
import { previousRankPeriod, rankDistricts } from './ranking';
import { observation, SIX } from './test-observations';

const base = { districts: SIX, indicator: 'gdp', measure: 'level' as const, period: '2024FY', higherIsBetter: true };

describe('previousRankPeriod', () => {
  it('compares with the previous cumulative period, and Q1 with last full year', () => {
    expect(previousRankPeriod('2024H1')).toBe('2024Q1');
    expect(previousRankPeriod('2024Q1')).toBe('2023FY');
  });
});

describe('rankDistricts', () => {
  const values = [1413.57, 2252.28, 1381.37, 1861.08, 800.25, 660.06];
  const published = SIX.map((region, i) => observation(region, values[i]!));

  it('sorts by the figure and ranks computed ranks from published figures', () => {
    const rows = rankDistricts({ ...base, observations: published });
    expect(rows.map((r) => r.region)).toEqual(['330603', '330681', '330602', '330604', '330683', '330624']);
    expect(rows.map((r) => r.rank?.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.every((r) => r.rank?.kind === 'computed')).toBe(true);
  });

  it('marks every computed rank illustrative when any input is illustrative', () => {
    const observations = [...published.slice(0, 5), observation('330624', 700, { status: 'illustrative' })];
    const rows = rankDistricts({ ...base, observations });
    expect(rows.every((r) => r.rank?.kind === 'illustrative')).toBe(true);
    expect(rows.find((r) => r.region === '330624')?.status).toBe('illustrative');
  });

  it('gives no computed rank when a figure is missing, and puts the missing district last', () => {
    const rows = rankDistricts({ ...base, observations: published.slice(1) });
    expect(rows.at(-1)).toMatchObject({ region: '330602', status: 'missing', rank: null, rankMissing: 'noFigure' });
    expect(rows[0]).toMatchObject({ region: '330603', rank: null, rankMissing: 'incomplete' });
  });

  it('prefers a published city rank on the same basis, even without all six figures', () => {
    const rank = observation('330603', 1, { measure: 'rank', rank: { scope: 'city', basis: 'level' } });
    const provinceRank = observation('330681', 1, { measure: 'rank', rank: { scope: 'province', basis: 'level' } });
    const growthRank = observation('330602', 1, { measure: 'rank', rank: { scope: 'city', basis: 'growth' } });
    const rows = rankDistricts({ ...base, observations: [...published.slice(1), rank, provinceRank, growthRank] });
    expect(rows.find((r) => r.region === '330603')?.rank).toMatchObject({ value: 1, kind: 'published' });
    expect(rows.find((r) => r.region === '330681')?.rank).toBeNull();
    expect(rows.find((r) => r.region === '330602')?.rank).toBeNull();
  });

  it('keeps the display order among ties and ranks them equally', () => {
    const tied = SIX.map((region) => observation(region, 100));
    const rows = rankDistricts({ ...base, observations: tied });
    expect(rows.map((r) => r.region)).toEqual([...SIX]);
    expect(rows.map((r) => r.rank?.value)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('ranks growth only on the chosen basis', () => {
    const growth = SIX.map((region, i) => observation(region, 5 + i, { measure: 'growth', growthBasis: 'nominal' }));
    const real = observation('330624', 7.4, { measure: 'growth', growthBasis: 'real' });
    const rows = rankDistricts({ ...base, measure: 'growth-real', observations: [...growth.slice(0, 5), real] });
    expect(rows[0]).toMatchObject({ region: '330624', status: 'published', rank: null });
    expect(rows.filter((r) => r.figure).length).toBe(1);
  });

  it('gives the rank change against the previous period where both ranks are known', () => {
    const before = SIX.map((region, i) => observation(region, values[5 - i]!, { period: '2024Q3' }));
    const rows = rankDistricts({ ...base, observations: [...published, ...before] });
    const keqiao = rows.find((r) => r.region === '330603')!;
    expect(keqiao.previousRank?.value).toBe(5);
    expect(keqiao.rankChange).toBe(4);
    expect(keqiao.rankChangeIllustrative).toBe(false);
    const withoutPrevious = rankDistricts({ ...base, observations: published });
    expect(withoutPrevious[0]?.rankChange).toBeNull();
  });
});
