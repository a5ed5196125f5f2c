/**
 * The playlist of wall mode, as it lives in the URL: `views` is a comma-separated list of
 * `page[:region[:period]]` (e.g. `economy,counties:330681,targets::2024H1`), `interval` the seconds
 * each slide stays. Parsed leniently item by item: a bad item is dropped and reported, the rest play.
 */
import { z } from 'zod';
import { type InvalidParam } from '../../filters/url-params';
import { FILTER_REGION_IDS, type FilterRegion } from '../../domain/regions';
import { DASHBOARD_PERIODS, type DashboardPeriod } from '../../lib/periods';

export const WALL_PAGES = ['overview', 'economy', 'counties', 'targets'] as const;
export type WallPage = (typeof WALL_PAGES)[number];

export interface WallView {
  page: WallPage;
  region?: FilterRegion;
  period?: DashboardPeriod;
}

export const DEFAULT_INTERVAL_SECONDS = 30;
export const MIN_INTERVAL_SECONDS = 5;
export const MAX_INTERVAL_SECONDS = 600;
export const DEFAULT_VIEWS: readonly WallView[] = WALL_PAGES.map((page) => ({ page }));

const pageSchema = z.enum(WALL_PAGES);
const regionSchema = z.enum(FILTER_REGION_IDS);
const periodSchema = z.enum(DASHBOARD_PERIODS);
const intervalSchema = z.coerce.number().int().min(MIN_INTERVAL_SECONDS).max(MAX_INTERVAL_SECONDS);

export interface WallSettings {
  views: WallView[];
  interval: number;
  invalid: InvalidParam<'views' | 'interval'>[];
}

function parseView(item: string): WallView | null {
  const [page, region, period, ...rest] = item.split(':');
  if (rest.length > 0) return null;
  const parsedPage = pageSchema.safeParse(page);
  if (!parsedPage.success) return null;
  const view: WallView = { page: parsedPage.data };
  if (region) {
    const parsed = regionSchema.safeParse(region);
    if (!parsed.success) return null;
    view.region = parsed.data;
  }
  if (period) {
    const parsed = periodSchema.safeParse(period);
    if (!parsed.success) return null;
    view.period = parsed.data;
  }
  return view;
}

export function readWallSettings(search: URLSearchParams): WallSettings {
  const invalid: InvalidParam<'views' | 'interval'>[] = [];
  const rawViews = search.get('views');
  const views: WallView[] = [];
  const refused: string[] = [];
  for (const item of rawViews !== null ? rawViews.split(',') : []) {
    const view = parseView(item.trim());
    if (view) views.push(view);
    else refused.push(item);
  }
  if (refused.length > 0) invalid.push({ param: 'views', value: refused.join(',') });
  const rawInterval = search.get('interval');
  // Digits only: coercion would read "", " 30 " or "3e1" as numbers.
  const interval =
    rawInterval === null ? null : intervalSchema.safeParse(/^\d{1,4}$/.test(rawInterval) ? rawInterval : NaN);
  if (interval && !interval.success) invalid.push({ param: 'interval', value: rawInterval ?? '' });
  return {
    views: views.length > 0 ? views : [...DEFAULT_VIEWS],
    interval: interval?.success ? interval.data : DEFAULT_INTERVAL_SECONDS,
    invalid,
  };
}

export function formatView(view: WallView): string {
  return [view.page, view.region ?? '', view.period ?? ''].join(':').replace(/:+$/, '');
}

export function writeWallSettings(
  search: URLSearchParams,
  views: readonly WallView[],
  interval: number,
): URLSearchParams {
  const next = new URLSearchParams(search);
  next.set('mode', 'wall');
  next.set('views', views.map(formatView).join(','));
  if (interval === DEFAULT_INTERVAL_SECONDS) next.delete('interval');
  else next.set('interval', String(interval));
  return next;
}

/** The URL of one view of the playlist: its page and filters, with the wall's own settings kept. */
export function viewLocation(view: WallView, search: URLSearchParams): { pathname: string; search: string } {
  const next = new URLSearchParams(search);
  if (view.region) next.set('region', view.region);
  else next.delete('region');
  if (view.period) next.set('period', view.period);
  else next.delete('period');
  return { pathname: `/${view.page}`, search: next.toString() };
}

/**
 * The URL guard of wall mode's parameters: drops the refused items of `views` (the valid ones stay,
 * and a list with none left is left out) and an invalid `interval`, and reports them.
 */
export function guardWallParams(search: URLSearchParams): InvalidParam[] {
  const { invalid } = readWallSettings(search);
  if (invalid.some((i) => i.param === 'views')) {
    const valid = (search.get('views') ?? '')
      .split(',')
      .map((item) => parseView(item.trim()))
      .filter((view): view is WallView => view !== null);
    if (valid.length > 0) search.set('views', valid.map(formatView).join(','));
    else search.delete('views');
  }
  if (invalid.some((i) => i.param === 'interval')) search.delete('interval');
  return invalid;
}
