/**
 * Reads the dataset files of this folder, checks them against the authoring schemas, and turns
 * them into the objects of the API contract (each figure with its full source).
 */
import type { Source } from '../../src/api/contract/common';
import type { Indicator } from '../../src/api/contract/indicators';
import type { Meta } from '../../src/api/contract/meta';
import type { Observation } from '../../src/api/contract/observations';
import type { Region } from '../../src/api/contract/regions';
import type { Target, TargetArea, TargetProgress } from '../../src/api/contract/targets';
import { comparePeriods, DASHBOARD_PERIODS } from '../../src/lib/periods';
import { UNNAMED_ISSUER } from '../../src/lib/reliability';
import indicatorsJson from './indicators.json';
import observationsJson from './observations.json';
import regionsJson from './regions.json';
import sourcesJson from './sources.json';
import targetAreasJson from './target-areas.json';
import targetProgressJson from './target-progress.json';
import targetsJson from './targets.json';
import { buildIllustrativeFill } from './illustrative';
import { dataset } from './schema';

export interface Dataset {
  meta: Omit<Meta, 'mode'>;
  regions: Region[];
  indicators: Indicator[];
  observations: Observation[];
  targetAreas: TargetArea[];
  targets: Target[];
  targetProgress: TargetProgress[];
}

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

  return {
    meta: {
      apiVersion: 'v1',
      datasetVersion: DATASET_VERSION,
      asOf: dates.at(-1) ?? '2024',
      periods: [...DASHBOARD_PERIODS],
      latestPublishedPeriod: latestPublishedCityGdpPeriod(observations),
    },
    regions: regions.map((r) => ({ ...r, reportPeriod: reportPeriodOf(r, observations) })),
    indicators,
    observations,
    targetAreas,
    targets,
    targetProgress,
  };
}

/**
 * The default view: the newest dashboard period with the city's official GDP growth, that is real
 * growth from an official or press source. A forum's nominal rate does not make a period "published".
 */
function latestPublishedCityGdpPeriod(observations: readonly Observation[]): string {
  const periods = observations
    .filter(
      (o) =>
        o.region === '330600' &&
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
