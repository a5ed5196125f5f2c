/**
 * Generates a dataset for scale tests: the shipped dataset, plus generated Zhejiang counties and
 * indicators, plus generated figures for every county × year × indicator × cumulative period
 * (M01…M12, Q1, H1, Q3, FY), level and growth. Generated figures are illustrative with a source that
 * says so; the shipped figures are kept as they are, and a cell they give is never generated.
 * Deterministic: the same options give the same file.
 *
 *   npm run data:scale -- --out .scale/dataset.ndjson [--counties 90 --years 10 --indicators 100 --seed 1]
 *   npm run mock:serve -- --dataset .scale/dataset.ndjson
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Source } from '../../src/api/contract/common';
import type { Indicator, IndicatorCategory } from '../../src/api/contract/indicators';
import type { Observation } from '../../src/api/contract/observations';
import type { Region } from '../../src/api/contract/regions';
import { loadDataset, type Dataset } from '../data/load';
import { writeDatasetNdjson } from '../data/ndjson';

export interface ScaleOptions {
  /** Counties with figures: Shaoxing's six first, then generated ones. */
  counties: number;
  /** Years with figures, ending with `lastYear`. */
  years: number;
  /** Indicators with figures: the catalogue's first, then generated ones when it has fewer. */
  indicators: number;
  seed: number;
  lastYear?: number;
}

export const SCALE_SOURCE_KEY = 'scale';
export const SCALE_SOURCE: Source = {
  type: 'illustrative',
  method: {
    zh: '规模测试生成值，非统计数据：由固定种子的伪随机数生成，仅用于测试数据量。',
    en: 'Generated scale-test value, not a statistic: made by a seeded pseudo-random generator to test data volume.',
  },
};

const MONTHS = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'] as const;
/** Each cumulative period with the months it covers. */
const PERIOD_PARTS: readonly [string, number][] = [
  ...MONTHS.map((m, i): [string, number] => [m, i + 1]),
  ['Q1', 3],
  ['H1', 6],
  ['Q3', 9],
  ['FY', 12],
];
const PREFECTURES = [
  '330100',
  '330200',
  '330300',
  '330400',
  '330500',
  '330700',
  '330800',
  '330900',
  '331000',
  '331100',
];
const CATEGORIES: IndicatorCategory[] = [
  'overall',
  'industry',
  'investment',
  'consumption',
  'trade',
  'fiscal',
  'income',
  'innovation',
  'environment',
  'livelihood',
];
const SHAOXING_COUNTY_KINDS = new Set<Region['kind']>(['district', 'county', 'county-level-city']);

/** Seeded PRNG (mulberry32): numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
}

/** A 32-bit seed from a text (FNV-1a), so each series has its own stream whatever the order. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function generatedRegions(base: readonly Region[], count: number): Region[] {
  const taken = new Set(base.map((r) => r.id));
  const order = Math.max(...base.map((r) => r.order));
  const out: Region[] = [];
  // 3399xx: no real prefecture of Zhejiang has the code 3399.
  for (let code = 339901; out.length < count; code++) {
    const id = String(code);
    if (taken.has(id)) continue;
    const n = pad(out.length + 1, 2);
    out.push({
      id,
      gbCode: id,
      name: { zh: `测试县${n}`, en: `Test County ${n}` },
      shortName: { zh: `测试${n}`, en: `Test ${n}` },
      kind: 'county',
      parent: out.length % 11 === 10 ? '330000' : PREFECTURES[out.length % 11]!,
      scope: 'zhejiang',
      order: order + out.length + 1,
      reportPeriod: null,
    });
  }
  return out;
}

function generatedIndicators(count: number): Indicator[] {
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, 3);
    return {
      id: `scale_indicator_${n}`,
      name: { zh: `生成测试指标${n}`, en: `Generated test indicator ${n}` },
      category: CATEGORIES[i % CATEGORIES.length]!,
      unit: '亿元',
      definition: { zh: '规模测试用的生成指标，不是统计指标。', en: 'Generated for scale tests; not a statistic.' },
      growthBasis: 'nominal',
      higherIsBetter: true,
    };
  });
}

const cellKey = (region: string, period: string, indicator: string, measure: string) =>
  `${region}|${period}|${indicator}|${measure}`;

/** The generated dataset: everything but the figures, and the figures as a lazy sequence. */
export function scaleDataset(
  base: Dataset,
  options: ScaleOptions,
): { dataset: Omit<Dataset, 'observations'>; observations: Iterable<Observation> } {
  const lastYear = options.lastYear ?? 2024;
  const years = Array.from({ length: options.years }, (_, i) => lastYear - options.years + 1 + i);
  const shipped = base.regions.filter((r) => r.scope === 'shaoxing' && SHAOXING_COUNTY_KINDS.has(r.kind));
  const extraRegions = generatedRegions(base.regions, Math.max(0, options.counties - shipped.length)).map((r) => ({
    ...r,
    reportPeriod: `${lastYear}FY`,
  }));
  const counties = [...shipped.slice(0, options.counties), ...extraRegions].map((r) => r.id);
  const extraIndicators = generatedIndicators(Math.max(0, options.indicators - base.indicators.length));
  const indicators = [...base.indicators, ...extraIndicators].slice(0, options.indicators);

  const given = new Set(base.observations.map((o) => cellKey(o.region, o.period, o.indicator, o.measure)));
  // A shipped level anchors the generated series of its county and indicator, so that the generated
  // months and years are of the size of the real figures around them.
  const anchors = new Map<string, Observation>();
  for (const o of base.observations) {
    const key = `${o.region}|${o.indicator}`;
    if (o.measure === 'level' && (!anchors.has(key) || o.status === 'published')) anchors.set(key, o);
  }

  function* series(region: string, indicator: Indicator): Generator<Observation> {
    const next = random(seedOf(`${options.seed}|${region}|${indicator.id}`));
    const rate = indicator.unit === '%';
    const typicalGrowth = 2 + next() * 8;
    const growthOf = new Map(years.map((y) => [y, typicalGrowth + (next() * 2 - 1) * 2]));
    // Full-year amounts, back from the last year by the growth of each year.
    const annual = new Map<number, number>();
    let amount = rate ? 5 + next() * 90 : 10 ** (1 + next() * 3);
    for (const year of [...years].reverse()) {
      annual.set(year, amount);
      if (!rate) amount /= 1 + growthOf.get(year)! / 100;
    }
    const share = (months: number) => (rate ? 1 : (months / 12) * (0.9 + (0.1 * months) / 12));
    const levelOf = (year: number, months: number) => annual.get(year)! * share(months);

    const anchor = anchors.get(`${region}|${indicator.id}`);
    const anchorParts = anchor ? /^(\d{4})(.+)$/.exec(anchor.period) : null;
    const anchorMonths = PERIOD_PARTS.find(([part]) => part === anchorParts?.[2])?.[1];
    const anchorYear = Number(anchorParts?.[1]);
    const scale =
      anchor && anchorMonths !== undefined && annual.has(anchorYear) && !rate
        ? anchor.value / levelOf(anchorYear, anchorMonths)
        : 1;
    const decimals = indicator.unit === '元' ? 0 : 2;

    for (const year of years) {
      for (const [part, months] of PERIOD_PARTS) {
        const period = `${year}${part}`;
        const figure = (measure: 'level' | 'growth', value: number): Observation => ({
          id: `scale-${region}-${period}-${indicator.id}-${measure}`.toLowerCase(),
          indicator: indicator.id,
          region,
          period,
          measure,
          value,
          unit: measure === 'growth' ? '%' : indicator.unit,
          growthBasis: measure === 'growth' ? indicator.growthBasis : null,
          rank: null,
          status: 'illustrative',
          source: SCALE_SOURCE,
          note: null,
          alternatives: [],
          release: null,
          revisions: [],
        });
        const level = Number((levelOf(year, months) * scale).toFixed(decimals));
        const growth = Number((growthOf.get(year)! + (next() * 2 - 1) * 0.5).toFixed(1));
        if (!given.has(cellKey(region, period, indicator.id, 'level'))) yield figure('level', level);
        // No growth where the catalogue says none is published.
        if (indicator.growthBasis !== null && !given.has(cellKey(region, period, indicator.id, 'growth')))
          yield figure('growth', growth);
      }
    }
  }

  function* observations(): Generator<Observation> {
    yield* base.observations;
    for (const region of counties) for (const indicator of indicators) yield* series(region, indicator);
  }

  return {
    dataset: {
      targetAreas: base.targetAreas,
      targets: base.targets,
      targetProgress: base.targetProgress,
      meta: { ...base.meta, datasetVersion: `${base.meta.datasetVersion}+scale.${options.seed}` },
      regions: [...base.regions, ...extraRegions],
      indicators: [...base.indicators, ...extraIndicators],
    },
    observations: { [Symbol.iterator]: observations },
  };
}

/** Writes the generated dataset to `path` (NDJSON, see mock/data/ndjson.ts). */
export async function writeScaleDataset(path: string, options: ScaleOptions) {
  const { dataset, observations } = scaleDataset(loadDataset(), options);
  mkdirSync(dirname(path), { recursive: true });
  return writeDatasetNdjson(path, dataset, observations, { [SCALE_SOURCE_KEY]: SCALE_SOURCE });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: '.scale/dataset.ndjson' },
      counties: { type: 'string', default: '90' },
      years: { type: 'string', default: '10' },
      indicators: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
    },
  });
  const options: ScaleOptions = {
    counties: Number(values.counties),
    years: Number(values.years),
    indicators: Number(values.indicators),
    seed: Number(values.seed),
  };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  }
  const started = performance.now();
  const { observations, bytes } = await writeScaleDataset(values.out, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${values.out}: ${observations} figures, ${(bytes / 2 ** 20).toFixed(0)} MiB in ${seconds} s`);
}
