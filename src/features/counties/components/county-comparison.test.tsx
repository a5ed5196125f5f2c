import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mockServer } from '../../../../mock/node';
import { renderAt } from '../../../test/render';
import { CountyComparison } from './county-comparison';
import { CountyPickers } from './county-pickers';

// The charts are exercised in the browser tests; here the figures, ranks and states are what matter,
// and the options the panels hand to the chart (kept by test id, the latest render last).
const charts = vi.hoisted(() => new Map<string, unknown>());
vi.mock('../../../components/charts/echart', () => ({
  EChart: ({ option, testId }: { option: unknown; testId?: string }) => {
    if (testId) charts.set(testId, option);
    return null;
  },
}));

const page = (
  <>
    <CountyPickers />
    <CountyComparison />
  </>
);

describe('the county comparison', () => {
  it('orders the six on the published 2024 GDP but ranks none: the forum figures and ranks are second-hand', async () => {
    renderAt('/counties?period=2024FY', page);
    const ranking = await screen.findByTestId('counties-ranking');
    await userEvent.click(within(ranking).getByTestId('counties-ranking-show-table'));
    const rows = within(ranking).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-row'))).toEqual([
      '330603',
      '330681',
      '330602',
      '330604',
      '330683',
      '330624',
    ]);
    expect(rows[0]).toHaveTextContent('2252.28亿元');
    // 柯桥's figure is the district's own repost; the other five and every stated rank come from a forum.
    expect(within(rows[0]!).queryByTestId('secondary-marker')).toBeNull();
    expect(within(rows[1]!).getByTestId('secondary-marker')).toHaveTextContent('二手');
    expect(rows[0]).not.toHaveTextContent('★');
    expect(screen.getByTestId('counties-city-total')).toHaveTextContent('8368.6亿元');
  });

  it('marks a second-hand figure in the ranking chart’s bar label, as in its table, and leaves an official one bare', async () => {
    renderAt('/counties?period=2024FY', page);
    await screen.findByTestId('counties-ranking');
    await vi.waitFor(() => expect(charts.get('counties-ranking-chart')).toBeDefined());
    const option = charts.get('counties-ranking-chart') as {
      yAxis: { data: string[] };
      series: { label: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    const labelOf = (region: string) =>
      option.series[0]!.label.formatter({ dataIndex: option.yAxis.data.indexOf(region) });
    // 柯桥 from the district's own repost; 诸暨 from the forum.
    expect(labelOf('330603')).toBe('2252.28亿元');
    expect(labelOf('330681')).toContain('(二手来源)');
  });

  it('keeps real and nominal growth apart: 2024 GDP growth offers both, each alone', async () => {
    renderAt('/counties?period=2024FY&measure=growth-real', page);
    const ranking = await screen.findByTestId('counties-ranking');
    await userEvent.click(within(ranking).getByTestId('counties-ranking-show-table'));
    const values = within(ranking)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('[data-column="value"]')?.getAttribute('data-status'));
    // Only 新昌 and 诸暨 state a real rate; the others' nominal rates are not mixed in.
    expect(values.filter((s) => s !== 'missing')).toHaveLength(2);
    const measure = screen.getByTestId('counties-measure');
    expect(
      within(measure)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['level', 'growth-real', 'growth-nominal']);
  });

  it('falls back to GDP for an unknown indicator and says so', async () => {
    renderAt('/counties?period=2024FY&indicator=nonsense', page);
    expect(await screen.findByTestId('counties-invalid-param')).toHaveTextContent('indicator=nonsense');
    expect(await screen.findByTestId('counties-ranking')).toHaveTextContent('地区生产总值');
  });

  it('compares the six when the link has an unknown scope, and says so', async () => {
    renderAt('/counties?period=2024FY&scope=world', page);
    expect(await screen.findByTestId('counties-invalid-param')).toHaveTextContent('scope=world');
    expect(await screen.findByTestId('counties-ranking')).toBeInTheDocument();
  });

  it('shows an error with retry in the widgets when the figures fail to load', async () => {
    mockServer.use(
      http.get('*/api/v1/observations', () =>
        HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 500 }),
      ),
    );
    renderAt('/counties?period=2024FY', page);
    const ranking = await screen.findByTestId('counties-ranking');
    expect(await within(ranking).findByRole('alert')).toHaveTextContent('重试');
    expect(await within(screen.getByTestId('counties-table')).findByRole('alert')).toBeInTheDocument();
  });
});
