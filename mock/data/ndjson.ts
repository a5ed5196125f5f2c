/**
 * A dataset as newline-delimited JSON, for datasets too large for one JSON string (the generated
 * scale-test dataset holds millions of figures). A line `{"section":"regions"}` starts a section;
 * every following line is one item of it. Sections: meta, sources, regions, indicators,
 * targetAreas, targets, targetProgress, observations.
 *
 * A figure's source is written inline, or as a key into the `sources` section when it is one of
 * the shared sources: the reader gives every figure citing a key the same object, so millions of
 * figures cost one source object.
 */
import { compactObservation } from '../../src/api/contract/citations';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Source } from '../../src/api/contract/common';
import type { Observation } from '../../src/api/contract/observations';
import type { Dataset } from './load';

type Section = Exclude<keyof Dataset, 'observations'> | 'sources' | 'observations';
const SECTIONS = new Set<string>([
  'meta',
  'sources',
  'regions',
  'indicators',
  'targetAreas',
  'targets',
  'targetProgress',
  'observations',
]);

/** A figure as written: the source may be a key, and fields that are empty are left out. */
type ObservationLine = Pick<
  Observation,
  'id' | 'indicator' | 'region' | 'period' | 'measure' | 'value' | 'unit' | 'status'
> &
  Partial<Omit<Observation, 'source'>> & { source: Source | string };

function observationLine(o: Observation, sourceKeys: Map<Source, string>): ObservationLine {
  return compactObservation(o, sourceKeys.get(o.source) ?? o.source, o.alternatives);
}

/**
 * Writes the dataset, taking its figures from an iterable so that they need never be in memory at
 * once. Figures whose source is (the same object as) one of `sharedSources` cite it by key.
 */
export async function writeDatasetNdjson(
  path: string,
  dataset: Omit<Dataset, 'observations'>,
  observations: Iterable<Observation>,
  sharedSources: Record<string, Source> = {},
): Promise<{ observations: number; bytes: number }> {
  const out = createWriteStream(path);
  let buffer = '';
  let bytes = 0;
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  const line = async (value: unknown) => {
    buffer += `${JSON.stringify(value)}\n`;
    if (buffer.length > 1 << 20) await flush();
  };
  const section = async (name: Section, items: readonly unknown[]) => {
    await line({ section: name });
    for (const item of items) await line(item);
  };

  await section('meta', [dataset.meta]);
  await section(
    'sources',
    Object.entries(sharedSources).map(([key, source]) => ({ key, source })),
  );
  await section('regions', dataset.regions);
  await section('indicators', dataset.indicators);
  await section('targetAreas', dataset.targetAreas);
  await section('targets', dataset.targets);
  await section('targetProgress', dataset.targetProgress);
  await line({ section: 'observations' });
  const sourceKeys = new Map(Object.entries(sharedSources).map(([key, source]) => [source, key]));
  let count = 0;
  for (const o of observations) {
    await line(observationLine(o, sourceKeys));
    count++;
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return { observations: count, bytes };
}

/** Reads a dataset written by `writeDatasetNdjson`, line by line. */
export async function readDatasetNdjson(path: string): Promise<Dataset> {
  const dataset: Dataset = {
    meta: undefined as unknown as Dataset['meta'],
    regions: [],
    indicators: [],
    observations: [],
    targetAreas: [],
    targets: [],
    targetProgress: [],
  };
  const sources = new Map<string, Source>();
  // Ids and units repeat across millions of figures: one string each.
  const strings = new Map<string, string>();
  const intern = (text: string) => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };

  let section: Section | null = null;
  let lineNumber = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    lineNumber++;
    if (text === '') continue;
    const item = JSON.parse(text) as Record<string, unknown>;
    if (typeof item.section === 'string' && Object.keys(item).length === 1) {
      if (!SECTIONS.has(item.section)) throw new Error(`${path}:${lineNumber}: unknown section "${item.section}"`);
      section = item.section as Section;
      continue;
    }
    switch (section) {
      case null:
        throw new Error(`${path}:${lineNumber}: an item before any section`);
      case 'meta':
        dataset.meta = item as unknown as Dataset['meta'];
        break;
      case 'sources':
        sources.set(item.key as string, item.source as Source);
        break;
      case 'observations': {
        const o = item as unknown as ObservationLine;
        const source = typeof o.source === 'string' ? sources.get(o.source) : o.source;
        if (!source) throw new Error(`${path}:${lineNumber}: unknown source "${String(o.source)}"`);
        dataset.observations.push({
          id: o.id,
          indicator: intern(o.indicator),
          region: intern(o.region),
          period: intern(o.period),
          measure: o.measure,
          value: o.value,
          unit: intern(o.unit),
          growthBasis: o.growthBasis ?? null,
          rank: o.rank ?? null,
          status: o.status,
          source,
          note: o.note ?? null,
          alternatives: o.alternatives ?? [],
          release: o.release ?? null,
          revisions: o.revisions ?? [],
        });
        break;
      }
      default:
        (dataset[section] as unknown[]).push(item);
    }
  }
  if (!dataset.meta) throw new Error(`${path}: no meta section`);
  return dataset;
}
