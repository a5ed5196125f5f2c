import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureKey } from '../../src/api/contract/observations';
import type { Dataset } from '../../mock/data/load';
import { importWorkbook } from './import-workbook';
import { readTables, type ImportInput } from './read-table';
import { shippedDataset } from './test-files';
import { sampleFiles } from './write-sample';

const SAMPLE_DIR = join(import.meta.dirname, 'sample');
const dataset = shippedDataset();

const inputOf = (name: string, content: Uint8Array | string): ImportInput =>
  name.endsWith('.xlsx')
    ? { buffer: content as Uint8Array, format: 'xlsx' }
    : { buffer: Buffer.from(content as string), format: 'csv', name: name.replace(/\.csv$/, '') };

/** The release a first import extends: the catalogue, with no figures, targets or progress yet. */
const catalogueOnly: Dataset = { ...dataset, observations: [], targets: [], targetProgress: [] };

describe('the sample files', () => {
  it('are what `npm run data:template` writes from the shipped dataset', async () => {
    const files = await sampleFiles(dataset);
    expect(Object.keys(files)).toEqual([
      'shaoxing-data.xlsx',
      'observations.csv',
      'targets.csv',
      'target-progress.csv',
      'template-en.xlsx',
    ]);
    for (const [name, content] of Object.entries(files)) {
      const committed = new Uint8Array(await readFile(join(SAMPLE_DIR, name)));
      // Compared as read, row by row, so a difference names the file, sheet and row; `npm run data:template` updates them.
      const [now, before] = [await readTables(inputOf(name, content)), await readTables(inputOf(name, committed))];
      expect(
        before.map((s) => [s.name, s.header]),
        name,
      ).toEqual(now.map((s) => [s.name, s.header]));
      for (const [i, sheet] of now.entries()) {
        const rows = before[i]!.rows;
        const differing = sheet.rows.findIndex((row, r) => JSON.stringify(row) !== JSON.stringify(rows[r]));
        expect(
          differing === -1
            ? null
            : { file: name, sheet: sheet.name, committed: rows[differing], now: sheet.rows[differing] },
        ).toBeNull();
        expect(rows.length, `${name} ${sheet.name}`).toBe(sheet.rows.length);
      }
    }
  });

  it('hold every published figure, target and progress report, and no illustrative figure', async () => {
    const [notes, observations, targets, progress] = await readTables(join(SAMPLE_DIR, 'shaoxing-data.xlsx'));
    expect([notes?.name, observations?.name, targets?.name, progress?.name]).toEqual([
      '说明',
      '指标数据',
      '目标',
      '目标进度',
    ]);
    expect(observations!.rows).toHaveLength(dataset.observations.filter((o) => o.status === 'published').length);
    expect(targets!.rows).toHaveLength(dataset.targets.length);
    expect(progress!.rows).toHaveLength(dataset.targetProgress.length);
    expect(observations!.header.slice(0, 6)).toEqual(['指标', '地区', '期别', '数据类型', '数值', '单位']);
  });

  it('the empty English template has the headers and no rows', async () => {
    const sheets = await readTables(join(SAMPLE_DIR, 'template-en.xlsx'));
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['notes', 4],
      ['observations', 0],
      ['targets', 0],
      ['target-progress', 0],
    ]);
    expect(sheets[1]!.header.slice(0, 6)).toEqual(['indicator', 'region', 'period', 'measure', 'value', 'unit']);
  });
});

describe('the sample imported into a release with no figures yet', () => {
  const published = dataset.observations.filter((o) => o.status === 'published');
  /** A figure as the template carries it: not its id (made on import) nor its alternatives (not in the template). */
  const asImported = (o: Dataset['observations'][number]) => ({ ...o, id: undefined, alternatives: undefined });

  it.each([
    ['the workbook', [join(SAMPLE_DIR, 'shaoxing-data.xlsx')]],
    ['the csv files', ['observations.csv', 'targets.csv', 'target-progress.csv'].map((f) => join(SAMPLE_DIR, f))],
  ])('%s gives the same published figures, targets and progress', async (_, files) => {
    const result = await importWorkbook(files, catalogueOnly);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const total = published.length + dataset.targets.length + dataset.targetProgress.length;
    expect(result.changes).toEqual({ added: total, revised: 0, amended: 0, unchanged: 0 });
    expect(result.dataset.observations.map(asImported)).toEqual(published.map(asImported));
    expect(new Set(result.dataset.observations.map((o) => o.id)).size).toBe(published.length);
    expect(result.dataset.targets).toEqual(dataset.targets);
    expect(
      result.dataset.targetProgress.map((p) => ({ ...p, observation: p.observation && figureKey(p.observation) })),
    ).toEqual(dataset.targetProgress.map((p) => ({ ...p, observation: p.observation && figureKey(p.observation) })));
  });

  it('the workbook imported into the shipped dataset changes nothing', async () => {
    const result = await importWorkbook(join(SAMPLE_DIR, 'shaoxing-data.xlsx'), dataset);
    expect(result).toMatchObject({ ok: true, changes: { added: 0, revised: 0, amended: 0 } });
  });
});
