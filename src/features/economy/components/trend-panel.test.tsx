import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mockServer } from '../../../../mock/node';
import { observationsBody } from '../../../test/api-bodies';
import { renderAt } from '../../../test/render';
import { EconomyView } from './economy-view';

vi.mock('../../../components/charts/echart', () => ({
  EChart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

describe('the trend panels of the economy page', () => {
  it('say there are no figures instead of drawing an empty chart', async () => {
    mockServer.use(http.get('*/api/v1/observations', () => HttpResponse.json(observationsBody([]))));
    renderAt('/economy?period=2024Q1', <EconomyView />);
    const panel = await screen.findByTestId('trend-gdp');
    expect(await within(panel).findByText(/暂无数据/)).toHaveTextContent('绍兴市的地区生产总值');
    expect(within(panel).queryByTestId('trend-gdp-chart')).not.toBeInTheDocument();
  });

  it('draw the chart when the area has figures', async () => {
    renderAt('/economy?period=2024Q1', <EconomyView />);
    const panel = await screen.findByTestId('trend-gdp');
    expect(await within(panel).findByTestId('trend-gdp-chart')).toBeInTheDocument();
  });
});
