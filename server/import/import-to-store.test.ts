import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReleaseStore } from '../store/release-store';
import { runImport } from './run-import';
import { figure } from './test-files';
import { buildCsv } from './write-sample';

/** The importer and the reference server's store together, as `npm run data:import` runs them. */
let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-to-store-'));
  db = join(dir, 'releases.sqlite');
  // The city's Q1 2024 GDP growth revised from 7.8 to 7.9, and a figure of 2026 added.
  const rows = [figure({ period: '2024Q1', measure: 'growth', value: 7.9, unit: '%', growthBasis: 'real' }), figure()];
  await writeFile(join(dir, 'observations.csv'), buildCsv(rows, 'observations', 'zh'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const cityGdp =
  (period: string, measure: string) => (o: { indicator: string; region: string; period: string; measure: string }) =>
    o.indicator === 'gdp' && o.region === '330600' && o.period === period && o.measure === measure;

describe('data:import into the release store', () => {
  it('finds nothing to change when the shipped sample is checked against release 1', async () => {
    const lines: string[] = [];
    const code = await runImport(
      { file: 'server/import/sample/shaoxing-data.xlsx', dbPath: db, dryRun: true, language: 'en' },
      { openStore: openReleaseStore, print: (line) => lines.push(line) },
    );
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(
      /^check passed \(nothing published\): 0 added, 0 revised, 0 amended \(source or note\), \d+ unchanged$/,
    );
  });

  it('publishes release 2 with the revision recorded, and leaves release 1 as it was', async () => {
    const lines: string[] = [];
    const code = await runImport(
      { file: join(dir, 'observations.csv'), dbPath: db, note: '修订一季度GDP增速', language: 'en' },
      { openStore: openReleaseStore, print: (line) => lines.push(line) },
    );
    expect(code).toBe(0);
    expect(lines.at(-1)).toBe('published release 2: 1 added, 1 revised, 0 removed');

    const store = openReleaseStore(db);
    try {
      expect(store.releases().map((r) => [r.number, r.note, r.sourceFile])).toEqual([
        [1, '随看板发布的数据集 / The dataset shipped with the dashboard', null],
        [2, '修订一季度GDP增速', 'observations.csv'],
      ]);
      const release1 = store.dataset(1).observations.find(cityGdp('2024Q1', 'growth'));
      const current = store.dataset().observations.find(cityGdp('2024Q1', 'growth'));
      expect(release1).toMatchObject({ value: 7.8, release: 1, revisions: [] });
      expect(current).toMatchObject({
        value: 7.9,
        release: 1,
        revisions: [{ value: 7.8, release: 1, date: store.releases()[0]!.date }],
      });
      expect(current?.source).toMatchObject({ title: '2026年一季度绍兴市经济运行情况', issuer: '绍兴市统计局' });
      expect(store.dataset().observations.find(cityGdp('2026Q1', 'level'))).toMatchObject({ value: 1900, release: 2 });
    } finally {
      store.close();
    }
  });

  it('refuses a file with an error and publishes nothing', async () => {
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, buildCsv([figure({ period: '2026Q2' })], 'observations', 'en'));
    const code = await runImport(
      { file: bad, dbPath: db, language: 'en' },
      { openStore: openReleaseStore, print: () => undefined },
    );
    expect(code).toBe(1);
    const store = openReleaseStore(db);
    try {
      expect(store.currentRelease()?.number).toBe(2);
    } finally {
      store.close();
    }
  });
});
