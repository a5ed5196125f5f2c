/**
 * Coverage report of the dataset, as plain-text tables: `npm run data:report`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FILL_PERIODS } from '../data/illustrative';
import { loadDataset } from '../data/load';
import { dataset } from '../data/schema';

const REPORT_REGIONS = ['330600', '330602', '330603', '330604', '330681', '330683', '330624'] as const;
// The cell grid of the illustrative fill (2023–2024); the periods offered beyond it hold published figures only.
const REPORT_PERIODS = FILL_PERIODS;

const data = loadDataset();
const sourcesPath = fileURLToPath(new URL('../data/sources.json', import.meta.url));
const sources = dataset.sources.parse(JSON.parse(readFileSync(sourcesPath, 'utf8')));
const observationsPath = fileURLToPath(new URL('../data/observations.json', import.meta.url));
const rawObservations = dataset.observations.parse(JSON.parse(readFileSync(observationsPath, 'utf8')));
const targetsPath = fileURLToPath(new URL('../data/targets.json', import.meta.url));
const rawTargets = dataset.targets.parse(JSON.parse(readFileSync(targetsPath, 'utf8')));
const progressPath = fileURLToPath(new URL('../data/target-progress.json', import.meta.url));
const rawProgress = dataset.targetProgress.parse(JSON.parse(readFileSync(progressPath, 'utf8')));

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return w;
}

function pad(text: string, w: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, w - width(text)));
  return right ? fill + text : text + fill;
}

function table(title: string, header: string[], rows: (string | number)[][], numeric: boolean[] = []): void {
  const cells = rows.map((row) => row.map(String));
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((row) => width(row[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((c, i) => pad(c, widths[i] ?? 0, numeric[i] ?? false))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const truncate = (text: string, max = 60) =>
  width(text) <= max ? text : `${[...text].slice(0, max / 2 - 1).join('')}…`;

// Figures by source key
const obsBySource = countBy(rawObservations, (o) => o.source);
const altBySource = countBy(
  rawObservations.flatMap((o) => o.alternatives ?? []),
  (a) => a.source,
);
table(
  `Figures by source (${rawObservations.length} observations, ${[...altBySource.values()].reduce((a, b) => a + b, 0)} alternatives)`,
  ['source', 'type', 'observations', 'alternatives', 'title / document / url'],
  Object.entries(sources).map(([key, s]) => [
    key,
    s.type,
    obsBySource.get(key) ?? 0,
    altBySource.get(key) ?? 0,
    s.type === 'document' ? `${truncate(s.title)} (${s.document})` : `${truncate(s.title)} <${s.url}>`,
  ]),
  [false, false, true, true, false],
);

// By period
const byPeriod = countBy(data.observations, (o) => o.period);
table(
  'Figures by period',
  ['period', 'observations'],
  [...byPeriod.entries()].sort(([a], [b]) => a.localeCompare(b)),
  [false, true],
);

// By region
const byRegion = countBy(data.observations, (o) => o.region);
table(
  'Figures by region',
  ['region', 'name', 'observations'],
  data.regions.filter((r) => byRegion.has(r.id)).map((r) => [r.id, r.name.zh, byRegion.get(r.id) ?? 0]),
  [false, false, true],
);

// By indicator category
const indicatorById = new Map(data.indicators.map((i) => [i.id, i]));
const byCategory = countBy(data.observations, (o) => indicatorById.get(o.indicator)?.category ?? '(unknown)');
const indicatorsByCategory = countBy(data.indicators, (i) => i.category);
table(
  'Figures by indicator category',
  ['category', 'indicators', 'observations'],
  [...indicatorsByCategory.keys()].map((c) => [c, indicatorsByCategory.get(c) ?? 0, byCategory.get(c) ?? 0]),
  [false, true, true],
);

// Targets by area and by owner
const targetsByArea = countBy(data.targets, (t) => t.area);
table(
  `Targets by area (${data.targets.length} targets)`,
  ['area', 'name', 'targets', 'from seed-004'],
  data.targetAreas.map((a) => [
    a.id,
    a.name.zh,
    targetsByArea.get(a.id) ?? 0,
    rawTargets.filter((t) => t.area === a.id && t.source === 'seed-004').length,
  ]),
  [false, false, true, true],
);
const regionName = (id: string) => data.regions.find((r) => r.id === id)?.name.zh ?? '(unknown)';
const targetsByOwner = countBy(data.targets, (t) => t.owner);
table(
  'Targets by owner',
  ['owner', 'name', 'targets'],
  [...targetsByOwner.entries()].map(([id, n]) => [id, regionName(id), n]),
  [false, false, true],
);

// Progress entries by target area
const targetById = new Map(data.targets.map((t) => [t.id, t]));
const progressByArea = countBy(data.targetProgress, (p) => targetById.get(p.target)?.area ?? '(unknown)');
table(
  `Progress entries by target area (${rawProgress.length} entries)`,
  ['area', 'name', 'progress', 'numeric', 'in words'],
  data.targetAreas
    .filter((a) => progressByArea.has(a.id))
    .map((a) => {
      const entries = data.targetProgress.filter((p) => targetById.get(p.target)?.area === a.id);
      return [
        a.id,
        a.name.zh,
        entries.length,
        entries.filter((p) => p.observation !== null).length,
        entries.filter((p) => p.observation === null).length,
      ];
    }),
  [false, false, true, true, true],
);

// Cells published vs illustrative
const measuresByIndicator = new Map<string, Set<string>>();
for (const o of data.observations) {
  const set = measuresByIndicator.get(o.indicator) ?? new Set<string>();
  set.add(o.measure);
  measuresByIndicator.set(o.indicator, set);
}
const cellKey = (region: string, period: string, indicator: string, measure: string) =>
  `${region}|${period}|${indicator}|${measure}`;
const published = new Set<string>();
const illustrative = new Set<string>();
for (const o of data.observations) {
  const key = cellKey(o.region, o.period, o.indicator, o.measure);
  (o.status === 'illustrative' ? illustrative : published).add(key);
}
let cells = 0;
let publishedCells = 0;
let illustrativeCells = 0;
for (const region of REPORT_REGIONS) {
  for (const period of REPORT_PERIODS) {
    for (const [indicator, measures] of measuresByIndicator) {
      for (const measure of measures) {
        cells++;
        const key = cellKey(region, period, indicator, measure);
        if (published.has(key)) publishedCells++;
        else if (illustrative.has(key)) illustrativeCells++;
      }
    }
  }
}
const share = (n: number) => (cells === 0 ? '0.0%' : `${((n / cells) * 100).toFixed(1)}%`);
const illustrativeObservations = data.observations.filter((o) => o.status === 'illustrative').length;
table(
  `Cells: ${REPORT_REGIONS.length} regions × ${REPORT_PERIODS.length} periods × (indicator, measure) pairs with an observation (${[...measuresByIndicator.values()].reduce((a, s) => a + s.size, 0)} pairs of ${measuresByIndicator.size} indicators)`,
  ['status', 'cells', 'share'],
  [
    ['published', publishedCells, share(publishedCells)],
    ['illustrative', illustrativeCells, share(illustrativeCells)],
    ['empty', cells - publishedCells - illustrativeCells, share(cells - publishedCells - illustrativeCells)],
    ['total', cells, share(cells)],
  ],
  [false, true, true],
);
console.log(
  `\ndata:report: ${data.observations.length} observations (${illustrativeObservations} illustrative), ${data.targets.length} targets, ${data.targetProgress.length} progress entries; ${publishedCells} of ${cells} cells published (${share(publishedCells)}), ${illustrativeCells} illustrative (${share(illustrativeCells)})`,
);
