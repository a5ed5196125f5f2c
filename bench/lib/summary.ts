/**
 * The bench's table: per CPU throttling rate, each metric's median (min–max) over the runs, then
 * each page's ratios to the floor, paired by run (the floor load of the same round and rate), so
 * that what slowed the machine down in one round slows both sides of the ratio.
 */
import type { LoadResult } from './measure';

interface Metric {
  label: string;
  unit: 'ms' | 'KB' | 'MB' | 'n';
  value: (result: LoadResult) => number | null;
}

const KB = 1024;

export const METRICS: Metric[] = [
  { label: 'First figure readable', unit: 'ms', value: (r) => r.firstFigureMs },
  { label: 'First chart ready', unit: 'ms', value: (r) => r.firstChartMs },
  { label: 'All charts in viewport ready', unit: 'ms', value: (r) => r.allChartsMs },
  { label: 'Settled (last change)', unit: 'ms', value: (r) => r.settledMs },
  { label: 'Total blocking time', unit: 'ms', value: (r) => r.tbtMs },
  { label: 'District switch / re-render', unit: 'ms', value: (r) => r.interactionMs },
  { label: 'Charts in viewport', unit: 'n', value: (r) => r.chartsInViewport },
  { label: 'JS transferred (gzip)', unit: 'KB', value: (r) => r.js.encoded / KB },
  { label: 'JS decoded', unit: 'KB', value: (r) => r.js.decoded / KB },
  { label: 'API requests', unit: 'n', value: (r) => r.apiRequests },
  { label: 'API JSON transferred (gzip)', unit: 'KB', value: (r) => r.json.encoded / KB },
  { label: 'API JSON decoded', unit: 'KB', value: (r) => r.json.decoded / KB },
  {
    label: 'JS heap after load (after GC)',
    unit: 'MB',
    value: (r) => (r.heapBytes === null ? null : r.heapBytes / KB / KB),
  },
];

interface Ratio {
  label: string;
  page: (result: LoadResult) => number | null;
  floor: (result: LoadResult) => number | null;
}

export const RATIOS: Ratio[] = [
  { label: 'first figure / floor first figure', page: (r) => r.firstFigureMs, floor: (r) => r.firstFigureMs },
  { label: 'first figure / floor first chart', page: (r) => r.firstFigureMs, floor: (r) => r.firstChartMs },
  { label: 'first chart / floor first chart', page: (r) => r.firstChartMs, floor: (r) => r.firstChartMs },
  { label: 'all charts / floor all charts', page: (r) => r.allChartsMs, floor: (r) => r.allChartsMs },
  { label: 'settled / floor settled', page: (r) => r.settledMs, floor: (r) => r.settledMs },
  { label: 'switch / floor re-render', page: (r) => r.interactionMs, floor: (r) => r.interactionMs },
  { label: 'TBT / floor TBT', page: (r) => r.tbtMs, floor: (r) => r.tbtMs },
  { label: 'JS gzip / floor JS gzip', page: (r) => r.js.encoded, floor: (r) => r.js.encoded },
  { label: 'heap / floor heap', page: (r) => r.heapBytes, floor: (r) => r.heapBytes },
];

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: (number | null)[]): Spread | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!known.length) return null;
  const middle = Math.floor(known.length / 2);
  const median = known.length % 2 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
  return { median, min: known[0]!, max: known[known.length - 1]!, n: known.length };
}

function formatValue(value: number, unit: Metric['unit'] | 'x'): string {
  if (unit === 'x') return value.toFixed(2);
  if (unit === 'MB' || (unit === 'KB' && value < 10)) return value.toFixed(1);
  return Math.round(value).toLocaleString('en');
}

function formatSpread(s: Spread | null, unit: Metric['unit'] | 'x'): string {
  if (!s) return '—';
  const median = formatValue(s.median, unit);
  if (s.n === 1 || s.min === s.max) return unit === 'x' ? `${median}×` : median;
  return `${median}${unit === 'x' ? '×' : ''} (${formatValue(s.min, unit)}–${formatValue(s.max, unit)})`;
}

const LABEL_WIDTH = 36;
const COLUMN_WIDTH = 24;
const row = (label: string, cells: string[]) =>
  `${label.padEnd(LABEL_WIDTH)}${cells.map((cell) => cell.padEnd(COLUMN_WIDTH)).join('')}`.trimEnd();

export interface RatioSummary {
  throttle: number;
  page: string;
  ratio: string;
  spread: Spread | null;
}

export interface MetricSummary {
  throttle: number;
  page: string;
  metric: string;
  unit: string;
  spread: Spread | null;
}

export interface Summary {
  metrics: MetricSummary[];
  ratios: RatioSummary[];
  lines: string[];
}

export function summarize(results: LoadResult[], pages: string[], throttles: number[]): Summary {
  const ok = results.filter((r) => r.error === null);
  const metrics: MetricSummary[] = [];
  const ratios: RatioSummary[] = [];
  const lines: string[] = [];
  for (const throttle of throttles) {
    const at = ok.filter((r) => r.throttle === throttle);
    const runs = (page: string) => at.filter((r) => r.page === page);
    lines.push('');
    lines.push(
      row(
        `CPU ${throttle}x — median (min–max)`,
        pages.map((page) => `${page} (${runs(page).length} runs)`),
      ),
    );
    for (const metric of METRICS) {
      const cells = pages.map((page) => {
        const s = spread(runs(page).map(metric.value));
        metrics.push({ throttle, page, metric: metric.label, unit: metric.unit, spread: s });
        return formatSpread(s, metric.unit);
      });
      lines.push(row(`${metric.label}${metric.unit === 'n' ? '' : ` (${metric.unit})`}`, cells));
    }

    const others = pages.filter((page) => page !== 'floor');
    if (!pages.includes('floor') || !others.length) continue;
    lines.push('');
    lines.push(row(`CPU ${throttle}x — ratio to floor, same run`, others));
    for (const ratio of RATIOS) {
      const cells = others.map((page) => {
        const paired = runs(page).map((result) => {
          const floor = runs('floor').find((f) => f.round === result.round);
          const a = ratio.page(result);
          const b = floor ? ratio.floor(floor) : null;
          return a === null || b === null || b <= 0 ? null : a / b;
        });
        const s = spread(paired);
        ratios.push({ throttle, page, ratio: ratio.label, spread: s });
        return formatSpread(s, 'x');
      });
      lines.push(row(ratio.label, cells));
    }
  }
  return { metrics, ratios, lines };
}
