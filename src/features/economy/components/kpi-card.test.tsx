import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mockServer } from '../../../../mock/node';
import type { Observation } from '../../../api/contract/observations';
import { i18n } from '../../../lib/i18n';
import { observationsBody } from '../../../test/api-bodies';
import { testFigure } from '../../../test/test-observation';
import { renderAt } from '../../../test/render';
import { EconomyView } from './economy-view';

// The trend chart is exercised in the browser tests; here the card's figures are what matter.
vi.mock('../../../components/charts/echart', () => ({ EChart: () => null }));

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const illustrative: Observation = {
  id: 'gdp-330602-2024q1-level-x',
  indicator: 'gdp',
  region: '330602',
  period: '2024Q1',
  measure: 'level',
  value: 321.5,
  unit: '亿元',
  growthBasis: null,
  rank: null,
  status: 'illustrative',
  source: { type: 'illustrative', method: { zh: '按上年结构推算', en: 'Scaled from last year' } },
  note: null,
  alternatives: [],
  release: null,
  revisions: [],
};

describe('the KPI cards of the economy page', () => {
  it('shows the published Q1 2024 growth of the city with its source', async () => {
    renderAt('/economy?period=2024Q1', <EconomyView />);
    const growth = await screen.findByTestId('kpi-gdp-growth');
    expect(growth).toHaveTextContent('+7.8%');
    expect(growth).toHaveTextContent('按可比价格计算');
    expect(growth).toHaveAttribute('data-status', 'published');
    expect(within(growth).queryByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.hover(within(growth).getByTestId('source-trigger'));
    const tooltip = within(growth).getByRole('tooltip');
    // By title and issuer (the document names none), never by the dataset's file name.
    expect(tooltip).toHaveTextContent('2024年第一季度市级部门（单位）和区、县（市）');
    expect(within(tooltip).getByTestId('source-issuer')).toHaveTextContent('未署名');
    expect(tooltip).not.toHaveTextContent('.txt');
    expect(within(growth).queryByTestId('secondary-marker')).not.toBeInTheDocument();
    expect(screen.getByTestId('kpi-gdp-context')).toHaveTextContent('绍兴市 · 2024年一季度');
  });

  it('shows a missing figure as — with its reason, never as zero', async () => {
    mockServer.use(http.get('*/api/v1/observations', () => HttpResponse.json(observationsBody([]))));
    renderAt('/economy?period=2024Q1', <EconomyView />);
    const level = await screen.findByTestId('kpi-gdp-level');
    expect(level).toHaveAttribute('data-status', 'missing');
    expect(level).toHaveTextContent('—');
    expect(level).toHaveTextContent('所选时期未见公开发布的数字');
    expect(level).not.toHaveTextContent('0');
  });

  it('marks an illustrative figure', async () => {
    mockServer.use(http.get('*/api/v1/observations', () => HttpResponse.json(observationsBody([illustrative]))));
    renderAt('/economy?region=330602&period=2024Q1', <EconomyView />);
    const level = await screen.findByTestId('kpi-gdp-level');
    expect(level).toHaveTextContent('321.5亿元');
    expect(within(level).getByTestId('illustrative-marker')).toHaveTextContent('示意');
    within(level).getByTestId('source-trigger').focus();
    expect(await within(level).findByRole('tooltip')).toHaveTextContent('按上年结构推算');
  });

  it('marks a figure a later release revised, with the earlier value on hover, and no other', async () => {
    const revised = testFigure({ value: 8.1, release: 1, revisions: [{ value: 7.8, release: 1, date: '2026-11-30' }] });
    const level = testFigure({ measure: 'level', value: 1799.25, unit: '亿元', growthBasis: null, release: 1 });
    mockServer.use(http.get('*/api/v1/observations', () => HttpResponse.json(observationsBody([revised, level]))));
    renderAt('/economy?period=2024Q1', <EconomyView />);
    const growth = await screen.findByTestId('kpi-gdp-growth');
    expect(growth).toHaveTextContent('+8.1%');
    const mark = within(growth).getByTestId('revised-marker');
    expect(mark).toHaveTextContent('修订');
    expect(mark).toHaveAttribute('title', '修订：第1版（2026-11-30）为 +7.8%');
    expect(within(screen.getByTestId('kpi-gdp-level')).queryByTestId('revised-marker')).toBeNull();
  });

  it('shows an error in the card and recovers on retry', async () => {
    let fail = true;
    mockServer.use(
      http.get('*/api/v1/observations', () =>
        fail
          ? HttpResponse.json({ ...observationsBody([]), data: [{ broken: true }] })
          : HttpResponse.json(observationsBody([])),
      ),
    );
    renderAt('/economy?period=2024Q1', <EconomyView />);
    const alert = await within(await screen.findByTestId('kpi-gdp')).findByRole('alert');
    expect(alert).toHaveTextContent('数据格式不正确');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(within(screen.getByTestId('kpi-gdp')).queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByTestId('kpi-gdp-level')).toHaveAttribute('data-status', 'missing');
  });

  it('judges the city GDP growth against the 2024 target of 6.5%以上', async () => {
    renderAt('/economy?period=2024Q1', <EconomyView />);
    const target = await screen.findByTestId('kpi-gdp-target');
    expect(target).toHaveTextContent('地区生产总值增长6.5%以上');
    expect(target).toHaveAttribute('data-met', 'true');
    expect(target).toHaveTextContent('达到目标');
    expect(target).toHaveTextContent('+1.3个百分点');
  });

  it('does not judge a target on an illustrative figure', async () => {
    // 规上工业增加值 in 2024Q1: no source gives it; the mock fills it for demonstration.
    renderAt('/economy?period=2024Q1', <EconomyView />);
    const target = await screen.findByTestId('kpi-industrial_value_added-target');
    expect(target).toHaveAttribute('data-met', 'unknown');
    expect(target).toHaveTextContent('示意数据不作评判');
  });

  it('marks a second-hand figure and judges no target on it', async () => {
    // 2024H1 GDP (7.0%, 3823亿元) comes only from a secondary aggregator.
    renderAt('/economy?period=2024H1', <EconomyView />);
    const growth = await screen.findByTestId('kpi-gdp-growth');
    expect(growth).toHaveTextContent('+7.0%');
    expect(growth).toHaveAttribute('data-reliability', 'secondary');
    expect(within(growth).getByTestId('secondary-marker')).toHaveTextContent('二手来源');
    expect(within(screen.getByTestId('kpi-gdp-level')).getByTestId('secondary-marker')).toBeInTheDocument();
    const target = screen.getByTestId('kpi-gdp-target');
    expect(target).toHaveAttribute('data-met', 'unknown');
    expect(target).toHaveTextContent('二手来源数据不作目标判断');
  });

  it('never heads a card with a nominal rate a secondary source computed', async () => {
    // 2024 full-year GDP growth of the city: only the forum's nominal 7.4%.
    renderAt('/economy?period=2024FY', <EconomyView />);
    const growth = await screen.findByTestId('kpi-gdp-growth');
    expect(growth).not.toHaveTextContent('7.4%');
    const secondary = screen.getByTestId('kpi-gdp-growth-secondary');
    expect(secondary).toHaveTextContent('+7.4%');
    expect(secondary).toHaveTextContent('二手来源测算的名义增速');
    expect(within(secondary).getByTestId('secondary-marker')).toBeInTheDocument();
  });

  it('says how growth changed against the previous cumulative period', async () => {
    renderAt('/economy?period=2024H1', <EconomyView />);
    // 2024H1 7.0% (secondary source) against 2024Q1 7.8% (seed 000).
    expect(await screen.findByTestId('kpi-gdp-change')).toHaveTextContent('比一季度回落0.8个百分点');
  });

  it('gives a district its place among the six, and no city target', async () => {
    renderAt('/economy?region=330681&period=2024Q1', <EconomyView />);
    const rank = await screen.findByTestId('kpi-gdp-city-rank');
    expect(rank).toHaveTextContent('居全市第');
    expect(screen.queryByTestId('kpi-gdp-target')).not.toBeInTheDocument();
    expect(screen.getByTestId('economy-scope')).toHaveTextContent('诸暨市');
  });

  it('leaves illustrative figures out when the link says illustrative=hide', async () => {
    renderAt('/economy?region=330602&period=2024Q1&illustrative=hide', <EconomyView />);
    const level = await screen.findByTestId('kpi-gdp-level');
    expect(level).toHaveAttribute('data-status', 'missing');
    expect(level).toHaveTextContent('示意数据已按设置隐藏');
    expect(within(level).queryByTestId('illustrative-marker')).not.toBeInTheDocument();
  });

  it('speaks English with English units', async () => {
    await i18n.changeLanguage('en');
    renderAt('/economy?period=2024Q1&lang=en', <EconomyView />);
    expect(await screen.findByTestId('kpi-gdp-growth')).toHaveTextContent('at comparable prices');
    expect(screen.getByTestId('kpi-gdp-context')).toHaveTextContent('Shaoxing · Q1 2024');
  });
});
