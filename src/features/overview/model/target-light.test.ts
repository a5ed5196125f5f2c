/**
 * The overview's light and the tracker's status are one judgement: for every headline target of the
 * dataset, at every 2024 period, the light shows the status /targets shows for the same target.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../mock/data/load';
import { ECONOMY_INDICATORS } from '../../../domain/main-indicators';
import { buildRows, YEAR_PERIODS, type TrackerData } from '../../targets/model/target-view';
import { testTarget } from '../../../test/test-target';
import { HEADLINE_INDICATORS } from '../api/overview-queries';
import { targetLight } from './headline-rows';

const dataset = loadDataset();

/**
 * An amount target on a headline indicator, so the check covers 序时进度 too: the work report sets
 * none on the headline indicators (their targets are rates), the income figure is a cumulative amount.
 */
const incomeAmount = testTarget({
  id: 't-test-income-amount',
  text: { zh: '全体居民人均可支配收入达到75000元', en: 'Per capita disposable income of 75,000 yuan' },
  kind: 'cumulative',
  value: 75000,
  unit: '元',
  linked: { indicator: 'disposable_income', measure: 'level' },
  source: dataset.targets[0]!.source,
});
const targets = [...dataset.targets, incomeAmount];

const tracker: TrackerData = {
  areas: dataset.targetAreas,
  targets,
  progress: dataset.targetProgress,
  indicators: dataset.indicators,
  observations: dataset.observations.filter((o) => o.status === 'published'),
};

describe('the overview light against the tracker status', () => {
  for (const owner of ['330600', 'binhai'] as const) {
    const own = dataset.observations.filter((o) => o.region === owner && ECONOMY_INDICATORS.includes(o.indicator));
    const headline = dataset.indicators.filter((i) => HEADLINE_INDICATORS.includes(i.id));

    it(`is the same for every headline target of ${owner} in every 2024 period`, () => {
      let compared = 0;
      YEAR_PERIODS.forEach((period, i) => {
        const rows = buildRows(tracker, owner, period);
        for (const indicator of headline) {
          const light = targetLight(indicator, owner, period, own, targets, dataset.targetProgress);
          if (light.kind === 'no-target') continue;
          if (light.kind === 'other-year') throw new Error(`${period} is in the target year`);
          const row = rows.find((r) => r.target.id === light.target.id);
          expect(row, light.target.id).toBeDefined();
          expect([light.target.id, period, light.judgement.status]).toEqual([
            light.target.id,
            period,
            row!.series[i]!.status,
          ]);
          if (light.kind === 'judged')
            expect(['met', 'ahead', 'on-track', 'missed', 'behind']).toContain(row!.series[i]!.status);
          compared += 1;
        }
      });
      if (owner === '330600') expect(compared).toBeGreaterThanOrEqual(4 * 8);
    });
  }

  it('judges the amount target against 序时进度 where a published figure exists', () => {
    const own = dataset.observations.filter((o) => o.region === '330600');
    const income = dataset.indicators.find((i) => i.id === 'disposable_income')!;
    const h1 = targetLight(income, '330600', '2024H1', own, targets, dataset.targetProgress);
    expect(h1.kind).toBe('judged');
    if (h1.kind !== 'judged') return;
    expect(h1.target.id).toBe(incomeAmount.id);
    expect(h1.judgement.elapsed).toBe(50);
    expect(h1.judgement.completion).toBeCloseTo((40629 / 75000) * 100, 0);
    // The other periods have only illustrative figures: no light.
    expect(targetLight(income, '330600', '2024Q3', own, targets, dataset.targetProgress).kind).toBe('not-judged');
  });
});
