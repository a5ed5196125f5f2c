import { describe, expect, it } from 'vitest';
import type { Source } from '../api/contract/common';
import type { Indicator } from '../api/contract/indicators';
import type { Observation } from '../api/contract/observations';
import type { Target, TargetProgress } from '../api/contract/targets';
import { testFigure } from '../test/test-observation';
import { testTarget } from '../test/test-target';
import { THRESHOLDS } from './target-thresholds';
import { elapsedShare, judgeTarget, progressFigures, type JudgeInput, type ProgressFigure } from './targets';

const official: Source = {
  type: 'document',
  title: 'Report',
  issuer: '发布机构',
  date: '2024-04',
  quote: '原文',
  reliability: 'official',
};
const secondary: Source = { ...official, reliability: 'secondary' };

const target = (overrides: Partial<Target>): Target =>
  testTarget({ text: { zh: '目标', en: 'Target' }, source: official, ...overrides });

const observation = (overrides: Partial<Observation>): Observation =>
  testFigure({ id: 'o', source: official, ...overrides });

function figure(obs: Partial<Observation> | null, overrides: Partial<ProgressFigure> = {}): ProgressFigure {
  const o = obs === null ? null : observation(obs);
  return {
    id: `p-${o?.period ?? 'x'}-${o?.value ?? ''}`,
    period: o?.period ?? '2024Q1',
    observation: o,
    text: null,
    completionShare: false,
    source: o?.source ?? official,
    ...overrides,
  };
}

const gdp: Indicator = {
  id: 'gdp',
  name: { zh: 'GDP', en: 'GDP' },
  category: 'overall',
  unit: '亿元',
  definition: { zh: '定义', en: 'Definition' },
  growthBasis: 'real',
  higherIsBetter: true,
};
const cpi: Indicator = { ...gdp, id: 'cpi', growthBasis: 'nominal', higherIsBetter: false, unit: '%' };
const count: Indicator = { ...gdp, id: 'count', growthBasis: null, unit: '家' };

function judge(input: Partial<JudgeInput> & { target: Target }) {
  return judgeTarget({ period: '2024Q1', progress: [], indicator: null, comparison: [], ...input });
}

describe('elapsedShare (序时进度)', () => {
  it('is months elapsed over twelve', () => {
    expect(elapsedShare('2024Q1')).toBe(25);
    expect(elapsedShare('2024H1')).toBe(50);
    expect(elapsedShare('2024Q3')).toBe(75);
    expect(elapsedShare('2024FY')).toBe(100);
    expect(elapsedShare('2024M05')).toBeCloseTo(41.67, 1);
    expect(elapsedShare('nonsense')).toBeNull();
  });
});

describe('growth targets', () => {
  const gdpTarget = target({});

  it('judges the Q1 2024 GDP growth 7.8% against 6.5%以上 as ahead', () => {
    const result = judge({ target: gdpTarget, indicator: gdp, progress: [figure({ value: 7.8 })] });
    expect(result.status).toBe('ahead');
    expect(result.figure?.observation?.value).toBe(7.8);
  });

  it('is on track from the target up to the ahead margin, and behind just under it', () => {
    const at = (value: number) => judge({ target: gdpTarget, indicator: gdp, progress: [figure({ value })] }).status;
    expect(at(6.5)).toBe('on-track');
    expect(at(6.5 + THRESHOLDS.growthAheadMargin - 0.1)).toBe('on-track');
    expect(at(6.5 + THRESHOLDS.growthAheadMargin)).toBe('ahead');
    expect(at(6.4)).toBe('behind');
  });

  it('says met or missed only for the full year', () => {
    const fy = (value: number) =>
      judge({
        target: gdpTarget,
        period: '2024FY',
        indicator: gdp,
        progress: [figure({ value, period: '2024FY' })],
      }).status;
    expect(fy(6.5)).toBe('met');
    expect(fy(8)).toBe('met');
    expect(fy(6.4)).toBe('missed');
  });

  it('never judges a real target against a nominal rate', () => {
    const result = judge({
      target: gdpTarget,
      period: '2024FY',
      indicator: gdp,
      progress: [figure({ value: 7.4, period: '2024FY', growthBasis: 'nominal' })],
    });
    expect(result.status).toBe('no-data');
    expect(result.reason).toBe('basis-mismatch');
    expect(result.figure?.observation?.value).toBe(7.4);
  });

  it('never takes an illustrative figure as progress', () => {
    const result = judge({
      target: gdpTarget,
      indicator: gdp,
      progress: [
        figure({ value: 9, status: 'illustrative', source: { type: 'illustrative', method: { zh: '示意', en: 'x' } } }),
      ],
    });
    expect(result.status).toBe('no-data');
  });

  it('never judges a secondary-source figure: shown, flagged, no status', () => {
    const result = judge({
      target: gdpTarget,
      period: '2024H1',
      indicator: gdp,
      progress: [figure({ value: 7.0, period: '2024H1', source: secondary })],
    });
    expect(result).toMatchObject({ status: 'no-data', reason: 'secondary-source' });
    expect(result.figure?.observation?.value).toBe(7.0);
    expect(result.caveats).toContain('secondary-source');
  });

  it('prefers an official figure over a secondary one of the same period', () => {
    const result = judge({
      target: gdpTarget,
      indicator: gdp,
      progress: [figure({ value: 6.0, source: secondary }), figure({ value: 7.8 })],
    });
    expect(result.figure?.observation?.value).toBe(7.8);
    expect(result.caveats).not.toContain('secondary-source');
  });

  it('is no data when the period has no figure, whatever other periods say', () => {
    const result = judge({ target: gdpTarget, period: '2024Q3', indicator: gdp, progress: [figure({ value: 7.8 })] });
    expect(result).toMatchObject({ status: 'no-data', reason: 'no-progress', figure: null });
  });

  it('is no data for a period of another year', () => {
    expect(judge({ target: gdpTarget, period: '2023Q1', progress: [figure({ value: 7.8 })] }).reason).toBe(
      'other-year',
    );
  });

  it('treats a plain number (equal) as a floor to reach, like 以上', () => {
    const iva = target({ operator: 'equal', value: 9 });
    const at = (value: number, period = '2024H1') =>
      judge({ target: iva, period, indicator: gdp, progress: [figure({ value, period })] }).status;
    expect(at(10.9)).toBe('ahead');
    expect(at(9)).toBe('on-track');
    expect(at(8.9)).toBe('behind');
    expect(at(9, '2024FY')).toBe('met');
    expect(at(8.9, '2024FY')).toBe('missed');
  });

  it('applies the 左右 tolerance either side for a figure where more is better', () => {
    const about = target({ operator: 'about', value: 6 });
    const tol = THRESHOLDS.aboutGrowthTolerance;
    const at = (value: number, period = '2024Q1') =>
      judge({ target: about, period, indicator: gdp, progress: [figure({ value, period })] }).status;
    expect(at(6 - tol)).toBe('on-track');
    expect(at(6 + tol)).toBe('on-track');
    expect(at(6 + tol + 0.1)).toBe('ahead');
    expect(at(6 - tol - 0.1)).toBe('behind');
    expect(at(6 - tol, '2024FY')).toBe('met');
    expect(at(6 - tol - 0.1, '2024FY')).toBe('missed');
  });

  it('reads CPI 3%左右 as a ceiling with the 左右 tolerance', () => {
    const cpiTarget = target({ operator: 'about', value: 3, linked: { indicator: 'cpi', measure: 'growth' } });
    const at = (value: number, period = '2024H1') =>
      judge({
        target: cpiTarget,
        period,
        indicator: cpi,
        progress: [figure({ value, period, indicator: 'cpi', growthBasis: 'nominal' })],
      }).status;
    expect(at(-0.3)).toBe('on-track');
    expect(at(3 + THRESHOLDS.aboutGrowthTolerance)).toBe('on-track');
    expect(at(3.6)).toBe('behind');
    expect(at(2.1, '2024FY')).toBe('met');
    expect(at(3.6, '2024FY')).toBe('missed');
  });

  it('is no data when the target has no value', () => {
    const result = judge({ target: target({ value: null }), indicator: gdp, progress: [figure({ value: 7 })] });
    expect(result.reason).toBe('no-target-value');
  });
});

describe('ceilings (以内 / 以下)', () => {
  const unemployment = target({
    kind: 'level',
    operator: 'at-most',
    value: 5,
    linked: { indicator: 'surveyed_unemployment_rate', measure: 'level' },
  });
  const at = (value: number, period = '2024Q1') =>
    judge({ target: unemployment, period, progress: [figure({ value, period, measure: 'level', growthBasis: null })] })
      .status;

  it('is met while at or under the ceiling', () => {
    expect(at(5)).toBe('on-track');
    expect(at(4.2)).toBe('on-track');
    expect(at(5.1)).toBe('behind');
    expect(at(5, '2024FY')).toBe('met');
    expect(at(5.1, '2024FY')).toBe('missed');
  });
});

describe('level targets', () => {
  it('is on track when reached, met only at year end', () => {
    const share = target({ kind: 'level', operator: 'at-least', value: 27 });
    const at = (value: number, period = '2024H1') =>
      judge({ target: share, period, progress: [figure({ value, period, measure: 'level', growthBasis: null })] })
        .status;
    expect(at(27)).toBe('on-track');
    expect(at(26.9)).toBe('behind');
    expect(at(27, '2024FY')).toBe('met');
  });

  it('applies the relative 左右 tolerance to a level (R&D 3.2%左右)', () => {
    const rd = target({ kind: 'level', operator: 'about', value: 3.2 });
    const tol = 3.2 * THRESHOLDS.aboutLevelTolerance;
    const at = (value: number) =>
      judge({ target: rd, indicator: gdp, progress: [figure({ value, measure: 'level', growthBasis: null })] }).status;
    expect(at(3.2 - tol + 0.001)).toBe('on-track');
    expect(at(3.2 + tol)).toBe('on-track');
    expect(at(3.2 + tol + 0.01)).toBe('ahead');
    expect(at(3.2 - tol - 0.01)).toBe('behind');
  });
});

describe('cumulative counts and amounts against 序时进度', () => {
  const firms = target({ kind: 'cumulative', operator: 'equal', value: 60, unit: '家', linked: null });
  const at = (value: number, period = '2024Q1') =>
    judge({
      target: firms,
      period,
      indicator: count,
      progress: [figure({ value, period, measure: 'level', unit: '家', growthBasis: null })],
    });

  it('computes completion and compares it with 序时进度', () => {
    const result = at(10);
    expect(result.completion).toBeCloseTo(16.67, 1);
    expect(result.elapsed).toBe(25);
    expect(result.status).toBe('behind');
  });

  it('is on track exactly at 序时进度, ahead from the band up', () => {
    expect(at(15).status).toBe('on-track'); // 25% at Q1
    expect(at(30, '2024H1').status).toBe('on-track'); // 50% at H1
    expect(at(45, '2024Q3').status).toBe('on-track'); // 75% at Q1–Q3
    expect(at(14.9).status).toBe('behind');
    // 25% + 5 points = 30% of 60 = 18
    expect(at((60 * (25 + THRESHOLDS.onTrackBand)) / 100).status).toBe('ahead');
    expect(at(17.9).status).toBe('on-track');
  });

  it('is met as soon as the target is reached, before year end', () => {
    expect(at(60).status).toBe('met');
    expect(at(61, '2024H1').status).toBe('met');
  });

  it('is met or missed at year end (序时进度 100%)', () => {
    expect(at(60, '2024FY').status).toBe('met');
    expect(at(59, '2024FY').status).toBe('missed');
  });

  it('handles a zero target without dividing by it', () => {
    const zero = target({ kind: 'cumulative', operator: 'at-least', value: 0, unit: '家', linked: null });
    const result = judge({
      target: zero,
      progress: [figure({ value: 0, measure: 'level', unit: '家', growthBasis: null })],
    });
    expect(result.status).toBe('met');
    expect(result.completion).toBeNull();
    const ceiling = target({ kind: 'cumulative', operator: 'at-most', value: 0, unit: '起', linked: null });
    const over = judge({
      target: ceiling,
      progress: [figure({ value: 1, measure: 'level', unit: '起', growthBasis: null })],
    });
    expect(over.status).toBe('behind');
  });

  it('takes a stated completion share as it is, never dividing it by the target', () => {
    const plan = target({ kind: 'cumulative', operator: 'equal', value: 583, unit: '亿元', linked: null });
    const result = judge({
      target: plan,
      progress: [figure({ value: 26.7, measure: 'level', unit: '%', growthBasis: null }, { completionShare: true })],
    });
    expect(result.completion).toBe(26.7);
    expect(result.status).toBe('on-track');
  });

  it('judges a completion share even where the target amount is not stated', () => {
    const funds = target({ kind: 'cumulative', operator: 'equal', value: null, unit: null, linked: null });
    const share = judge({
      target: funds,
      progress: [
        figure({ value: 21.49, measure: 'level', unit: '亿元', growthBasis: null }),
        figure({ value: 56.2, measure: 'level', unit: '%', growthBasis: null }, { completionShare: true }),
      ],
    });
    expect(share.status).toBe('ahead');
    expect(share.completion).toBe(56.2);
    const amountOnly = judge({
      target: funds,
      progress: [figure({ value: 21.49, measure: 'level', unit: '亿元', growthBasis: null })],
    });
    expect(amountOnly).toMatchObject({ status: 'no-data', reason: 'no-target-value' });
  });

  it('converts units that differ only by scale, and refuses those that do not convert', () => {
    const land = target({ kind: 'cumulative', operator: 'at-least', value: 2, unit: '万亩', linked: null });
    const result = judge({
      target: land,
      progress: [figure({ value: 5085, measure: 'level', unit: '亩', growthBasis: null })],
    });
    expect(result.convertedValue).toBeCloseTo(0.5085, 4);
    expect(result.completion).toBeCloseTo(25.4, 1);
    expect(result.status).toBe('on-track');
    expect(result.caveats).toContain('unit-converted');

    const mismatch = judge({
      target: land,
      progress: [figure({ value: 5085, measure: 'level', unit: '公顷', growthBasis: null })],
    });
    expect(mismatch).toMatchObject({ status: 'no-data', reason: 'unit-mismatch' });
  });

  it('is no data when there is no progress figure', () => {
    expect(judge({ target: firms }).status).toBe('no-data');
    expect(judge({ target: firms }).reason).toBe('no-progress');
  });
});

describe('relational targets', () => {
  const services = target({
    kind: 'relational',
    operator: 'above',
    value: null,
    unit: null,
    linked: { indicator: 'services_value_added', measure: 'growth' },
    relatedTo: { indicator: 'gdp', measure: 'growth' },
  });
  const revenue = target({ ...services, operator: 'in-step' });
  const gdpQ1 = observation({ value: 7.8 });
  const gdpH1 = observation({ id: 'gdp-h1', period: '2024H1', value: 7.0, source: secondary });

  it('compares the two figures of the same period (高于)', () => {
    const above = judge({ target: services, progress: [figure({ value: 8.1 })], comparison: [gdpQ1, gdpH1] });
    expect(above.status).toBe('on-track');
    expect(above.compared?.value).toBe(7.8);
    const equal = judge({ target: services, progress: [figure({ value: 7.8 })], comparison: [gdpQ1] });
    expect(equal.status).toBe('behind');
  });

  it('uses the in-step tolerance (基本同步)', () => {
    const tol = THRESHOLDS.inStepTolerance;
    const at = (value: number) =>
      judge({
        target: revenue,
        progress: [figure({ value, growthBasis: 'nominal' })],
        comparison: [gdpQ1],
      });
    expect(at(7.8 - tol).status).toBe('on-track');
    expect(at(7.8 + tol).status).toBe('on-track');
    expect(at(7.8 + tol + 0.1).status).toBe('ahead');
    expect(at(3.3).status).toBe('behind');
    expect(at(3.3).caveats).toContain('mixed-basis');
  });

  it('never compares with a secondary figure, nor across periods', () => {
    const h1 = judge({
      target: revenue,
      period: '2024H1',
      progress: [figure({ value: 6.6, period: '2024H1', growthBasis: 'nominal' })],
      comparison: [gdpQ1, gdpH1],
    });
    expect(h1).toMatchObject({ status: 'no-data', reason: 'no-comparison', compared: null });
    const noGdp = judge({
      target: revenue,
      period: '2024Q3',
      progress: [figure({ value: 6.6, period: '2024Q3', growthBasis: 'nominal' })],
      comparison: [gdpQ1, gdpH1],
    });
    expect(noGdp).toMatchObject({ status: 'no-data', reason: 'no-comparison' });
  });

  it('does not compare with a nominal GDP rate', () => {
    const fy = judge({
      target: services,
      period: '2024FY',
      progress: [figure({ value: 8, period: '2024FY' })],
      comparison: [observation({ period: '2024FY', value: 7.4, growthBasis: 'nominal' })],
    });
    expect(fy.reason).toBe('no-comparison');
  });
});

describe('qualitative targets', () => {
  const energy = target({ kind: 'qualitative', operator: 'qualitative', value: null, unit: null, linked: null });
  const words = (period: string, zh: string): ProgressFigure =>
    figure(null, { id: `w-${period}`, period, text: { zh, en: zh } });

  it('shows the latest words reported up to the period', () => {
    const result = judge({
      target: energy,
      period: '2024Q3',
      progress: [words('2024Q1', '一季度'), words('2024H1', '上半年')],
    });
    expect(result.status).toBe('words');
    expect(result.words?.zh).toBe('上半年');
    expect(judge({ target: energy, period: '2024Q1', progress: [words('2024H1', '上半年')] }).status).toBe('no-data');
  });

  it('is no data without words', () => {
    expect(judge({ target: energy }).status).toBe('no-data');
  });
});

describe('progressFigures', () => {
  it('adds published linked figures no entry uses, and leaves illustrative ones out', () => {
    const t = target({});
    const entry: TargetProgress = {
      id: 'p1',
      target: 't',
      region: '330600',
      period: '2024Q1',
      observation: observation({ id: 'q1' }),
      text: null,
      completionShare: false,
      source: official,
    };
    const fy = observation({ id: 'fy', period: '2024FY', value: 7.4, growthBasis: 'nominal', source: secondary });
    const fill = observation({
      id: 'fill',
      period: '2024Q3',
      status: 'illustrative',
      source: { type: 'illustrative', method: { zh: '示意', en: 'x' } },
    });
    const other = observation({ id: 'zj', region: '330681', period: '2024H1' });
    const figures = progressFigures(t, [entry], [observation({ id: 'q1' }), fy, fill, other]);
    expect(figures.map((f) => f.id)).toEqual(['p1', 'fy']);
  });
});
