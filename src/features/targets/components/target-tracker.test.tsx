import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mockServer } from '../../../../mock/node';
import { renderAt } from '../../../test/render';
import { TargetTracker } from './target-tracker';

vi.mock('../../../components/charts/echart', () => ({ EChart: () => null }));

async function rowOf(id: string) {
  return (await screen.findAllByTestId('target-row')).find((r) => r.dataset.target === id)!;
}

describe('the target tracker', () => {
  it('shows the Q1 2024 GDP growth against the 6.5% target as ahead, with its source', async () => {
    renderAt('/targets?period=2024Q1', <TargetTracker />);
    const gdp = await rowOf('t2024-main-gdp');
    expect(gdp.dataset.status).toBe('ahead');
    expect(within(gdp).getByText('6.5%以上')).toBeInTheDocument();
    expect(within(gdp).getByTestId('progress-value')).toHaveTextContent('+7.8%');
    expect(within(gdp).getByTestId('source-trigger')).toBeInTheDocument();
  });

  it('counts add up to the number of city targets', async () => {
    renderAt('/targets?period=2024Q1', <TargetTracker />);
    const total = await screen.findByTestId('count-total');
    expect(total.dataset.count).toBe('128');
    const statuses = ['ahead', 'on-track', 'behind', 'met', 'missed', 'words', 'no-data'];
    const sum = statuses.map((s) => Number(screen.getByTestId(`count-${s}`).dataset.count)).reduce((a, b) => a + b);
    expect(sum).toBe(128);
    expect(screen.getAllByTestId('target-row')).toHaveLength(128);
  });

  it('says the 2024 full-year GDP figure is nominal and leaves it unjudged', async () => {
    renderAt('/targets?period=2024FY', <TargetTracker />);
    const gdp = await rowOf('t2024-main-gdp');
    expect(gdp.dataset.status).toBe('no-data');
    expect(gdp).toHaveTextContent('仅有现价（名义）增速');
  });

  it('filters by status into the URL, and drops an invalid status with a notice', async () => {
    const { router } = renderAt('/targets?period=2024Q1&status=bogus', <TargetTracker />);
    expect(await screen.findByTestId('targets-param-notice')).toHaveTextContent('status=bogus');
    await waitFor(() => expect(router.state.location.search).not.toContain('status'));
    // A change event, as the select sends it: simulating the pointer over 128 rows costs seconds in jsdom.
    fireEvent.change(screen.getByTestId('targets-filter-status'), { target: { value: 'behind' } });
    await waitFor(() => expect(router.state.location.search).toContain('status=behind'));
    const rows = screen.getAllByTestId('target-row');
    expect(rows.every((r) => r.dataset.status === 'behind')).toBe(true);
    expect(rows.length).toBe(Number(screen.getByTestId('count-behind').dataset.count));
  });

  it('shows 滨海新区 its own targets and other districts a city-wide notice', async () => {
    renderAt('/targets?period=2024Q1&region=binhai', <TargetTracker />);
    expect(await screen.findByTestId('targets-binhai')).toBeInTheDocument();
    expect(screen.getAllByTestId('target-row')).toHaveLength(7);
    const bonded = await rowOf('t2024-binhai-bonded-firms');
    expect(bonded.dataset.status).toBe('behind');
  });

  it('tells a district without targets that the targets are city-wide', async () => {
    renderAt('/targets?period=2024Q1&region=330681', <TargetTracker />);
    expect(await screen.findByTestId('targets-city-wide')).toBeInTheDocument();
  });

  it('opens the detail of a target from the link', async () => {
    renderAt('/targets?period=2024Q1&target=t2024-main-gdp', <TargetTracker />);
    const detail = await screen.findByTestId('target-detail');
    expect(detail).toHaveTextContent('地区生产总值增长6.5%以上');
    const series = within(detail).getByTestId('target-detail-series');
    expect(series.querySelector('[data-period="2024Q1"]')?.getAttribute('data-status')).toBe('ahead');
    expect(series.querySelector('[data-period="2024H1"]')).toHaveTextContent('二手来源');
  });

  it('lists every progress figure of a target with its source, saying which one is judged', async () => {
    renderAt('/targets?period=2024Q1&target=t2024-city-policy-funds', <TargetTracker />);
    const figures = await screen.findByTestId('target-detail-figures');
    const items = within(figures).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items.find((li) => li.textContent?.includes('21.49亿元'))?.dataset.used).toBe('false');
    expect(items.find((li) => li.textContent?.includes('56.2%'))?.dataset.used).toBe('true');
    expect(within(figures).getAllByTestId('source-trigger')).toHaveLength(2);
  });

  it('shows progress in words on a numeric target without judging it, with its source, in the row and the detail', async () => {
    renderAt('/targets?period=2024Q1&target=t2024-city-endogenous-plan', <TargetTracker />);
    const row = await rowOf('t2024-city-endogenous-plan');
    // A count target reported only in words: shown as 文字进展, never as a completion or a verdict.
    expect(row.dataset.status).toBe('words');
    expect(row).toHaveTextContent('7526亩用地已全额保障');
    expect(within(row).queryByTestId('progress-value')).toBeNull();
    expect(within(row).getByTestId('source-trigger')).toBeInTheDocument();
    expect(Number(screen.getByTestId('count-words').dataset.count)).toBeGreaterThanOrEqual(1);

    const detail = await screen.findByTestId('target-detail');
    const q1 = within(detail).getByTestId('target-detail-series').querySelector('[data-period="2024Q1"]')!;
    expect(q1.getAttribute('data-status')).toBe('words');
    expect(q1).toHaveTextContent('当年投资完成额原文未载');
    expect(within(q1 as HTMLElement).getByTestId('source-trigger')).toBeInTheDocument();
    // Later periods have no report: no words are carried forward onto them as if they were progress.
    const h1 = within(detail).getByTestId('target-detail-series').querySelector('[data-period="2024H1"]')!;
    expect(h1.getAttribute('data-status')).toBe('no-data');
    // In the list of all figures the words are shown, and said not to be judged.
    const [item] = within(within(detail).getByTestId('target-detail-figures')).getAllByRole('listitem');
    expect(item!.dataset.used).toBe('false');
    expect(item).toHaveTextContent('文字进展，不作判断');
  });

  it('shows an error with retry when the targets cannot be loaded', async () => {
    mockServer.use(
      http.get('*/api/v1/targets', () => HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 500 })),
    );
    renderAt('/targets?period=2024Q1', <TargetTracker />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
