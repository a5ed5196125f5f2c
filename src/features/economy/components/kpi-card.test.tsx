import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mockServer } from '../../../../mock/node';
import type { Observation } from '../../../api/contract/observations';
import { i18n } from '../../../lib/i18n';
import { renderAt } from '../../../test/render';
import { GdpKpiCard } from './gdp-kpi-card';

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
};

describe('GdpKpiCard', () => {
  it('shows the published Q1 2024 growth of the city with its source', async () => {
    renderAt('/economy?period=2024Q1', <GdpKpiCard />);
    const growth = await screen.findByTestId('kpi-gdp-growth');
    expect(growth).toHaveTextContent('+7.8%');
    expect(growth).toHaveTextContent('按可比价格计算');
    expect(growth).toHaveAttribute('data-status', 'published');
    expect(within(growth).getByRole('tooltip', { hidden: true })).toHaveTextContent('000_ca4341fbf945025d.txt');
    expect(screen.getByTestId('kpi-gdp-context')).toHaveTextContent('绍兴市 · 2024年一季度');
  });

  it('shows a missing figure as — with its reason, never as zero', async () => {
    mockServer.use(http.get('*/api/v1/observations', () => HttpResponse.json({ data: [] })));
    renderAt('/economy?period=2024Q1', <GdpKpiCard />);
    const level = await screen.findByTestId('kpi-gdp-level');
    expect(level).toHaveAttribute('data-status', 'missing');
    expect(level).toHaveTextContent('—');
    expect(level).toHaveTextContent('所选时期未见公开发布的数字');
    expect(level).not.toHaveTextContent('0');
  });

  it('marks an illustrative figure', async () => {
    mockServer.use(http.get('*/api/v1/observations', () => HttpResponse.json({ data: [illustrative] })));
    renderAt('/economy?region=330602&period=2024Q1', <GdpKpiCard />);
    const level = await screen.findByTestId('kpi-gdp-level');
    expect(level).toHaveTextContent('321.5亿元');
    expect(within(level).getByTestId('illustrative-marker')).toHaveTextContent('示意');
    expect(within(level).getByRole('tooltip', { hidden: true })).toHaveTextContent('按上年结构推算');
  });

  it('shows an error in the card and recovers on retry', async () => {
    let fail = true;
    mockServer.use(
      http.get('*/api/v1/observations', () =>
        fail ? HttpResponse.json({ data: [{ broken: true }] }) : HttpResponse.json({ data: [] }),
      ),
    );
    renderAt('/economy?period=2024Q1', <GdpKpiCard />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据格式不正确');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByTestId('kpi-gdp-level')).toHaveAttribute('data-status', 'missing');
  });

  it('speaks English with English units', async () => {
    await i18n.changeLanguage('en');
    renderAt('/economy?period=2024Q1&lang=en', <GdpKpiCard />);
    expect(await screen.findByTestId('kpi-gdp-growth')).toHaveTextContent('at comparable prices');
    expect(screen.getByTestId('kpi-gdp-context')).toHaveTextContent('Shaoxing · Q1 2024');
  });
});
