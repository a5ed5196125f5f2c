/**
 * The pages the bench loads, and the public markers it reads them by. Nothing here reaches into the
 * app's code: only test ids, the chart figures' `data-chart-state`, and the network.
 */
import { FLOOR_BASE } from './serve';

export interface Interaction {
  /** What the row in the report is called. */
  label: string;
  kind: 'select' | 'click';
  selector: string;
  /** For `select`: the option chosen. */
  value?: string;
}

export interface PageSpec {
  name: string;
  path: string;
  /** Whether the first screen has charts: a load is not over before one is drawn. */
  charts: boolean;
  /** The headline figure: the time it first shows a number is "first figure readable". */
  figure: string | null;
  /** Timed after the load: until the figure's text changes and the charts in the viewport are ready again. */
  interaction: Interaction | null;
}

export const PAGES: readonly PageSpec[] = [
  {
    name: 'floor',
    path: FLOOR_BASE,
    charts: true,
    figure: '[data-testid="floor-headline"]',
    interaction: { label: 're-render', kind: 'click', selector: '[data-testid="floor-rerender"]' },
  },
  {
    name: 'economy',
    path: '/economy',
    charts: true,
    figure: '[data-testid="kpi-gdp-growth"]',
    interaction: {
      label: 'district switch',
      kind: 'select',
      selector: '[data-testid="filter-region"]',
      value: '330681',
    },
  },
  { name: 'counties', path: '/counties', charts: true, figure: null, interaction: null },
  {
    name: 'overview',
    path: '/overview',
    charts: false,
    figure: '[data-testid="overview-gdp-growth"]',
    interaction: {
      label: 'district switch',
      kind: 'select',
      selector: '[data-testid="filter-region"]',
      value: '330681',
    },
  },
  // The tracker's first screen is tables and tiles; its charts are in the target detail.
  { name: 'targets', path: '/targets', charts: false, figure: null, interaction: null },
];

export function pagesByName(names: string[]): PageSpec[] {
  return names.map((name) => {
    const page = PAGES.find((p) => p.name === name);
    if (!page) throw new Error(`Unknown page "${name}"; the pages are ${PAGES.map((p) => p.name).join(', ')}`);
    return page;
  });
}
