import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../api/contract/observations';
import { SIX_DISTRICTS } from '../../../domain/regions';
import { ILLUSTRATIVE_SOURCE, SECONDARY_SOURCE, testFigure } from '../../../test/test-observation';
import { TEST_GDP } from '../../../test/test-indicator';
import { testRow } from './test-row';
import { testTarget } from '../../../test/test-target';
import { ALERT_THRESHOLDS, alertsOf, lastAmongSix, rowAlerts } from './alerts';
import type { HeadlineRow } from './headline-rows';

const GDP = TEST_GDP;
const secondary = SECONDARY_SOURCE;

const row = (partial: Partial<HeadlineRow> = {}): HeadlineRow =>
  testRow(GDP, { growth: testFigure({ period: '2024H1', value: 6.0 }), ...partial });
const rules = (r: HeadlineRow) => rowAlerts(r, '330600').map((a) => a.rule);
const slowdown = (points: number) =>
  row({
    changeOnPreviousPeriod: {
      value: points,
      previousPeriod: '2024Q1',
      illustrative: false,
      from: testFigure({ period: '2024Q1', value: 6.0 - points }),
    },
  });
const belowProvince = (points: number) =>
  row({
    provinceGap: {
      province: testFigure({ region: '330000', period: '2024H1', value: 6.0 - points }),
      points,
      illustrative: false,
      secondary: false,
    },
  });

describe('rowAlerts', () => {
  it('raises a slowdown at 1 point below the previous cumulative period, not at 0.9', () => {
    expect(ALERT_THRESHOLDS.slowdownPoints).toBe(1);
    expect(rules(slowdown(-1.0))).toEqual(['slowdown']);
    expect(rules(slowdown(-0.9))).toEqual([]);
    expect(rules(slowdown(0.5))).toEqual([]);
    // A fall on a year earlier is the table's change, not the momentum the alert watches.
    const yearEarlier = row({
      change: {
        value: -2.0,
        previousPeriod: '2023H1',
        illustrative: false,
        from: testFigure({ period: '2023H1', value: 8.0 }),
      },
    });
    expect(rules(yearEarlier)).toEqual([]);
  });

  it('raises negative growth below zero, not at zero', () => {
    expect(rules(row({ growth: testFigure({ value: -0.1 }) }))).toEqual(['negative']);
    expect(rules(row({ growth: testFigure({ value: 0 }) }))).toEqual([]);
  });

  it('raises growth below the province, not level with it', () => {
    expect(rules(belowProvince(-0.1))).toEqual(['below-province']);
    expect(rules(belowProvince(0))).toEqual([]);
    expect(rules(belowProvince(1.2))).toEqual([]);
  });

  it('raises a target behind 序时进度 or missed (a red light), not a green one', () => {
    const judged = (lit: 'green' | 'red', status: 'behind' | 'on-track') =>
      row({
        light: {
          kind: 'judged',
          lit,
          target: testTarget(),
          judgement: {
            status,
            period: '2024H1',
            figure: {
              id: 'g',
              period: '2024H1',
              observation: testFigure({ period: '2024H1', value: 5 }),
              text: null,
              completionShare: false,
              source: testFigure({}).source,
            },
            compared: null,
            completion: null,
            elapsed: null,
            convertedValue: null,
            reason: null,
            caveats: [],
            words: null,
          },
        },
      });
    expect(rules(judged('red', 'behind'))).toEqual(['target']);
    expect(rules(judged('green', 'on-track'))).toEqual([]);
  });

  it('raises nothing from a second-hand or illustrative growth', () => {
    expect(rules(row({ growth: testFigure({ value: -3, source: secondary }) }))).toEqual([]);
    expect(
      rules(row({ growth: testFigure({ value: -3, status: 'illustrative', source: ILLUSTRATIVE_SOURCE }) })),
    ).toEqual([]);
  });
});

describe('lastAmongSix', () => {
  const six = (values: number[], partial: Partial<Observation> = {}) =>
    SIX_DISTRICTS.map((region, i) => testFigure({ region, period: '2024FY', value: values[i]!, ...partial }));

  it('names the district last on growth when all six are there', () => {
    const alerts = lastAmongSix(GDP, six([6.1, 5.0, 7.2, 5.9, 6.4, 6.6]), '2024FY');
    expect(alerts.map((a) => [a.region, a.value])).toEqual([['330603', 6]]);
  });

  it('names none with a figure missing, second-hand or illustrative', () => {
    const figures = six([6.1, 5.0, 7.2, 5.9, 6.4, 6.6]);
    expect(lastAmongSix(GDP, figures.slice(1), '2024FY')).toEqual([]);
    expect(lastAmongSix(GDP, [...figures.slice(0, 5), { ...figures[5]!, source: secondary }], '2024FY')).toEqual([]);
    expect(
      lastAmongSix(
        GDP,
        [...figures.slice(0, 5), { ...figures[5]!, status: 'illustrative', source: ILLUSTRATIVE_SOURCE }],
        '2024FY',
      ),
    ).toEqual([]);
  });

  it('in a district view, only the district itself', () => {
    const input = { rows: [row({ growth: testFigure({ region: '330681', value: 6 }) })], period: '2024FY' };
    const figures = six([6.1, 5.0, 7.2, 5.9, 6.4, 6.6]);
    expect(alertsOf({ ...input, region: '330681', six: figures })).toEqual([]);
    expect(alertsOf({ ...input, region: '330603', six: figures }).map((a) => a.rule)).toEqual(['last-among-six']);
    expect(alertsOf({ ...input, region: '330600', six: figures }).map((a) => a.region)).toEqual(['330603']);
  });
});
