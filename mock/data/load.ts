/**
 * Reads the dataset files of this folder, checks them against the authoring schemas, and turns
 * them into the objects of the API contract (each figure with its full source).
 */
import type { Source } from '../../src/api/contract/common';
import type { Meta } from '../../src/api/contract/meta';
import type { Observation } from '../../src/api/contract/observations';
import type { Region } from '../../src/api/contract/regions';
import type { ContractData } from '../../src/api/contract/respond';
import type { Target, TargetProgress } from '../../src/api/contract/targets';
import { MAIN_INDICATORS } from '../../src/domain/main-indicators';
import { comparePeriods, DASHBOARD_PERIODS, isDashboardPeriod, parsePeriod } from '../../src/lib/periods';
import { CITY_REGION } from '../../src/domain/regions';
import { UNNAMED_ISSUER } from '../../src/domain/reliability';
import indicatorsJson from './indicators.json';
import observationsJson from './observations.json';
import regionsJson from './regions.json';
import sourcesJson from './sources.json';
import targetAreasJson from './target-areas.json';
import targetProgressJson from './target-progress.json';
import targetsJson from './targets.json';
import { buildIllustrativeFill, FILL_REGIONS } from './illustrative';
import { dataset } from './schema';

/** The dataset as the API serves it (the contract's objects, each figure with its full source). */
export type Dataset = ContractData;

export const DATASET_VERSION = '2024.1';

export function loadDataset(): Dataset {
  const regions = dataset.regions.parse(regionsJson);
  const indicators = dataset.indicators.parse(indicatorsJson);
  const sources = dataset.sources.parse(sourcesJson);
  const observationEntries = dataset.observations.parse(observationsJson);
  const targetAreas = dataset.targetAreas.parse(targetAreasJson);
  const targetEntries = dataset.targets.parse(targetsJson);
  const progressEntries = dataset.targetProgress.parse(targetProgressJson);

  const cite = (key: string, quote: string): Source => {
    const entry = sources[key];
    if (!entry) throw new Error(`Unknown source key "${key}"`);
    const common = {
      title: entry.title,
      ...(entry.titleEn ? { titleEn: entry.titleEn } : {}),
      date: entry.date,
      quote,
      reliability: entry.reliability,
    };
    if (entry.type === 'document') {
      // The file name stays in the dataset (quote checks read it); readers cite title, issuer and date.
      return {
        type: 'document',
        ...common,
        issuer: entry.issuer,
        ...(entry.issuerEn ? { issuerEn: entry.issuerEn } : {}),
      };
    }
    return {
      type: 'web',
      url: entry.url,
      ...common,
      issuer: entry.publisher ?? UNNAMED_ISSUER.zh,
      ...(entry.publisherEn ? { issuerEn: entry.publisherEn } : entry.publisher ? {} : { issuerEn: UNNAMED_ISSUER.en }),
    };
  };

  const published: Observation[] = observationEntries.map((entry) => ({
    id: entry.id,
    indicator: entry.indicator,
    region: entry.region,
    period: entry.period,
    measure: entry.measure,
    value: entry.value,
    unit: entry.unit,
    growthBasis: entry.measure === 'growth' ? (entry.growthBasis ?? 'real') : null,
    rank: entry.rank ?? null,
    status: 'published',
    source: cite(entry.source, entry.quote),
    note: entry.note ?? null,
    alternatives: (entry.alternatives ?? []).map((alt) => ({
      value: alt.value,
      source: cite(alt.source, alt.quote),
      note: alt.note,
    })),
    release: null,
    revisions: [],
  }));
  const observations = [...published, ...buildIllustrativeFill(published)];
  const observationById = new Map(observations.map((o) => [o.id, o]));

  const targets: Target[] = targetEntries.map(({ source, quote, ...target }) => ({
    ...target,
    source: cite(source, quote),
  }));

  const targetProgress: TargetProgress[] = progressEntries.map((entry) => {
    const observation = entry.observation === null ? null : observationById.get(entry.observation);
    if (observation === undefined) throw new Error(`Progress ${entry.id}: unknown observation ${entry.observation}`);
    return {
      id: entry.id,
      target: entry.target,
      region: entry.region,
      period: entry.period,
      observation,
      text: entry.text,
      completionShare: entry.completionShare,
      source: cite(entry.source, entry.quote),
    };
  });

  const dates = Object.values(sources)
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort();

  const described = describeFigures({ regions, observations, targets, targetProgress });
  return {
    meta: {
      apiVersion: 'v1',
      datasetVersion: DATASET_VERSION,
      asOf: dates.at(-1) ?? '2024',
      periods: [...DASHBOARD_PERIODS],
      ...described.meta,
    },
    regions: described.regions,
    indicators,
    observations,
    targetAreas,
    targets,
    targetProgress,
  };
}

/**
 * What the meta and the regions say about the figures (the default periods, the data date, a peer's
 * report period): derived from the figures, so that a dataset whose figures change (an imported
 * release) says it anew.
 */
export function describeFigures({
  regions,
  observations,
  targets,
  targetProgress,
}: {
  regions: readonly Omit<Region, 'reportPeriod'>[];
  observations: readonly Observation[];
  targets: readonly Target[];
  targetProgress: readonly TargetProgress[];
}): {
  meta: Pick<Meta, 'latestPublishedPeriod' | 'defaultPeriods' | 'dataThrough'>;
  regions: Region[];
} {
  return {
    meta: {
      latestPublishedPeriod: latestPublishedCityGdpPeriod(observations),
      defaultPeriods: {
        economy: richestPublishedPeriod(observations),
        counties: richestDistrictPeriod(observations),
        targets: richestProgressPeriod(targetProgress, Math.max(...targets.map((t) => t.year))),
      },
      dataThrough: latestPeriodWithPublishedFigures(observations),
    },
    regions: regions.map((r) => ({ ...r, reportPeriod: reportPeriodOf(r, observations) })),
  };
}

/** Published as a statistic: an official page or bulletin, its repost, or the press quoting it. */
const isRecord = (o: Observation) =>
  o.status === 'published' && o.source.type !== 'illustrative' && o.source.reliability !== 'secondary';

/** The published headline record of the city in one dashboard period. */
export interface HeadlineRecord {
  period: string;
  /** Headline cards with a published level or growth (of the economy page's nine). */
  cards: number;
  /** Published levels and growth rates of the nine. */
  figures: number;
}

/**
 * The city's published headline record per dashboard period: the levels and growth rates of the
 * economy page's nine headline indicators that an official, official-repost or press source gives.
 */
export function publishedHeadlineRecord(observations: readonly Observation[]): HeadlineRecord[] {
  const headline = new Set(MAIN_INDICATORS.map((m) => m.id));
  return DASHBOARD_PERIODS.map((period) => {
    const given = observations.filter(
      (o) =>
        o.region === CITY_REGION &&
        o.period === period &&
        headline.has(o.indicator) &&
        (o.measure === 'level' || o.measure === 'growth') &&
        isRecord(o),
    );
    return { period, cards: new Set(given.map((o) => o.indicator)).size, figures: given.length };
  });
}

/**
 * The default view: the dashboard period where the city's published headline record is richest
 * (most cards with a published figure, then most figures, then the latest), so that the page opens
 * on the record rather than on illustrative fill.
 */
function richestPublishedPeriod(observations: readonly Observation[]): string {
  const [best] = publishedHeadlineRecord(observations).sort(
    (a, b) => b.cards - a.cards || b.figures - a.figures || comparePeriods(b.period, a.period),
  );
  return best && best.cards > 0 ? best.period : latestPublishedCityGdpPeriod(observations);
}

const latestOfRichest = (scores: readonly (readonly [string, ...number[]])[]): string | null => {
  const [best] = [...scores].sort(([a, ...m], [b, ...n]) => {
    for (let i = 0; i < m.length; i++) if (n[i]! !== m[i]!) return n[i]! - m[i]!;
    return comparePeriods(b, a);
  });
  return best && best.slice(1).some((x) => x !== 0) ? best[0] : null;
};

/** The district comparison opens where the record gives figures of the most districts, then the most figures. */
function richestDistrictPeriod(observations: readonly Observation[]): string {
  const districts = new Set<string>(FILL_REGIONS.filter((r) => r !== CITY_REGION));
  const scores = DASHBOARD_PERIODS.map((period) => {
    const given = observations.filter(
      (o) =>
        districts.has(o.region) &&
        o.period === period &&
        (o.measure === 'level' || o.measure === 'growth') &&
        isRecord(o),
    );
    return [period, new Set(given.map((o) => o.region)).size, given.length] as const;
  });
  return latestOfRichest(scores) ?? latestPublishedCityGdpPeriod(observations);
}

/**
 * The target tracker opens where the most progress reports are, counting those the record states,
 * among the periods of the targets' year (the tracker stays on 2024 while the filter offers 2022–2025).
 */
function richestProgressPeriod(progress: readonly TargetProgress[], year: number): string {
  const yearPeriods = DASHBOARD_PERIODS.filter((p) => parsePeriod(p)?.year === year);
  const stated = (p: TargetProgress) =>
    p.source.type !== 'illustrative' &&
    p.source.reliability !== 'secondary' &&
    (p.observation === null || isRecord(p.observation));
  const scores = yearPeriods.map(
    (period) => [period, progress.filter((p) => p.period === period && stated(p)).length] as const,
  );
  return latestOfRichest(scores) ?? yearPeriods.at(-1) ?? DASHBOARD_PERIODS.at(-1)!;
}

/**
 * The latest dashboard period with a published headline figure of the city (official,
 * official-repost or press; GDP, industry, investment, consumption, exports, revenue, incomes): what
 * the header names as 数据截至. An official reads 数据截至2025年全年 as the city's figures for the year
 * being out; one platform's output or one district's GDP does not make them so.
 */
function latestPeriodWithPublishedFigures(observations: readonly Observation[]): string {
  const headline = new Set(MAIN_INDICATORS.map((m) => m.id));
  const periods = observations
    .filter((o) => o.region === CITY_REGION && headline.has(o.indicator) && isRecord(o) && isDashboardPeriod(o.period))
    .map((o) => o.period)
    .sort(comparePeriods);
  return periods.at(-1) ?? latestPublishedCityGdpPeriod(observations);
}

/**
 * The newest dashboard period with the city's official GDP growth, that is real
 * growth from an official or press source. A forum's nominal rate does not make a period "published".
 */
function latestPublishedCityGdpPeriod(observations: readonly Observation[]): string {
  const periods = observations
    .filter(
      (o) =>
        o.region === CITY_REGION &&
        o.indicator === 'gdp' &&
        o.measure === 'growth' &&
        o.status === 'published' &&
        o.growthBasis === 'real' &&
        o.source.type !== 'illustrative' &&
        o.source.reliability !== 'secondary',
    )
    .map((o) => o.period)
    .filter((p) => (DASHBOARD_PERIODS as readonly string[]).includes(p))
    .sort(comparePeriods);
  const latest = periods.at(-1);
  if (!latest) throw new Error('The dataset has no published city GDP growth in the dashboard periods');
  return latest;
}

/**
 * A peer county's figures come from one report (its leader's, H1 2025): the period most of its
 * figures are for, the latest on a tie. Regions of Shaoxing and the province have none.
 */
function reportPeriodOf(region: Omit<Region, 'reportPeriod'>, observations: readonly Observation[]): string | null {
  if (region.scope !== 'zhejiang' || region.kind === 'province') return null;
  const counts = new Map<string, number>();
  for (const o of observations) if (o.region === region.id) counts.set(o.period, (counts.get(o.period) ?? 0) + 1);
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || comparePeriods(b, a));
  return ranked[0]?.[0] ?? null;
}
