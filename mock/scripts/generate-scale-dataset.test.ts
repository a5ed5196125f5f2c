import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CitationReader } from '../../src/api/contract/citations';
import { observationsResponse, type Observation } from '../../src/api/contract/observations';
import { loadDataset, type Dataset } from '../data/load';
import { readDatasetNdjson } from '../data/ndjson';
import { createHandlers } from '../handlers';
import { SCALE_SOURCE, writeScaleDataset } from './generate-scale-dataset';

const shipped = loadDataset();
const cell = (o: Observation) => `${o.region}|${o.period}|${o.indicator}|${o.measure}`;
const shippedCells = new Set(shipped.observations.map(cell));

describe('generated scale dataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scale-'));
  let dataset: Dataset;

  beforeAll(async () => {
    // Six Shaoxing counties and two generated ones; the catalogue's indicators and two generated.
    const path = join(dir, 'dataset.ndjson');
    await writeScaleDataset(path, { counties: 8, years: 2, indicators: shipped.indicators.length + 2, seed: 7 });
    dataset = await readDatasetNdjson(path);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the shipped dataset unchanged, plus generated regions and indicators', () => {
    expect(dataset.observations.slice(0, shipped.observations.length)).toEqual(shipped.observations);
    expect(dataset.regions.slice(0, shipped.regions.length)).toEqual(shipped.regions);
    const extraRegions = dataset.regions.slice(shipped.regions.length);
    expect(extraRegions.map((r) => r.name.en)).toEqual(['Test County 01', 'Test County 02']);
    expect(extraRegions.every((r) => r.scope === 'zhejiang' && r.kind === 'county')).toBe(true);
    expect(dataset.indicators.slice(shipped.indicators.length).map((i) => i.id)).toEqual([
      'scale_indicator_001',
      'scale_indicator_002',
    ]);
    expect(dataset.targets).toEqual(shipped.targets);
  });

  it('generates only illustrative figures, in cells the shipped dataset leaves empty, sharing one source', () => {
    const generated = dataset.observations.slice(shipped.observations.length);
    // 8 counties × 2 years × 16 periods × 108 indicators, level and growth where a rate is published.
    expect(generated.length).toBeGreaterThan(30_000);
    expect(generated.every((o) => o.status === 'illustrative' && o.source === generated[0]!.source)).toBe(true);
    expect(generated[0]!.source).toEqual(SCALE_SOURCE);
    expect(generated.some((o) => shippedCells.has(cell(o)))).toBe(false);
    expect(new Set(generated.map(cell)).size).toBe(generated.length);
  });

  it('is served by the handlers: a filtered request gets the shipped figures and generated illustrative ones', async () => {
    const regions = ['330681', dataset.regions.at(-1)!.id];
    const periods = ['2024H1', '2024M05'];
    const indicators = ['gdp', 'scale_indicator_002'];
    const url = `http://localhost/api/v1/observations?region=${regions.join(',')}&period=${periods.join(',')}&indicator=${indicators.join(',')}`;
    const response = await getResponse(createHandlers(dataset), new Request(url));
    expect(response?.status).toBe(200);
    const body = observationsResponse.parse(await response!.json());
    const reader = new CitationReader(body);
    const figures = body.data.map((record, i) => reader.observation(record, `data.${i}`));

    expect(figures.every((o) => regions.includes(o.region) && periods.includes(o.period))).toBe(true);
    const expected = shipped.observations.filter(
      (o) => regions.includes(o.region) && periods.includes(o.period) && indicators.includes(o.indicator),
    );
    expect(expected.length).toBeGreaterThan(0);
    const shippedIds = new Set(expected.map((o) => o.id));
    expect(figures.filter((o) => shippedIds.has(o.id))).toHaveLength(expected.length);
    const generated = figures.filter((o) => !shippedIds.has(o.id));
    // 2 regions × 2 periods × 2 indicators × level and growth, less the cells the shipped figures fill.
    expect(generated.length).toBe(16 - expected.filter((o) => o.measure === 'level' || o.measure === 'growth').length);
    expect(generated.every((o) => o.status === 'illustrative' && o.source.type === 'illustrative')).toBe(true);
    expect(Object.values(body.sources).filter((s) => s.type === 'illustrative').length).toBeLessThanOrEqual(2);
  });
});
