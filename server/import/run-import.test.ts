import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../mock/data/load';
import { errorTable, runImport, type ImportOptions } from './run-import';
import type { PublishInfo, ReleaseStore } from '../store/release-store';
import { figure, shippedDataset } from './test-files';
import { buildCsv } from './write-sample';

/** A release store in memory: what was published, and whether it was closed. */
function memoryStore(first: Dataset | null) {
  const releases: { dataset: Dataset; info: PublishInfo }[] = first ? [{ dataset: first, info: {} }] : [];
  let closed = false;
  const info = (number: number) => ({ number, date: '2026-04-20', note: null, sourceFile: null });
  const store: ReleaseStore = {
    currentRelease: () => (releases.length > 0 ? info(releases.length) : null),
    releases: () => releases.map((_, index) => info(index + 1)),
    dataset: (release = releases.length) => releases[release - 1]!.dataset,
    publish: (dataset, published) => {
      releases.push({ dataset, info: published });
      return { ...info(releases.length), added: 1, revised: 0, removed: 0 };
    },
    close: () => {
      closed = true;
    },
  };
  return { store, releases, isClosed: () => closed };
}

let dir: string;
const good = () => join(dir, 'good', 'observations.csv');
const bad = () => join(dir, 'bad', 'observations.csv');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'data-import-'));
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(dir, 'good'));
  await mkdir(join(dir, 'bad'));
  await writeFile(good(), buildCsv([figure()], 'observations', 'zh'));
  await writeFile(
    bad(),
    buildCsv([figure({ region: '330699' }), figure({ period: '2026H1', unit: '亿美元' })], 'observations', 'en'),
  );
});

async function run(options: Partial<ImportOptions>, store: ReleaseStore | Error, shipped = shippedDataset) {
  const lines: string[] = [];
  const code = await runImport(
    { file: good(), dbPath: 'releases.sqlite', ...options },
    {
      openStore: () => {
        if (store instanceof Error) throw store;
        return store;
      },
      print: (line) => lines.push(line),
      shippedDataset: shipped,
    },
  );
  return { code, output: lines.join('\n') };
}

describe('runImport', () => {
  it('publishes a file that passes as a new release and says what it published', async () => {
    const memory = memoryStore(shippedDataset());
    const { code, output } = await run({ note: '2026年一季度' }, memory.store);
    expect(code).toBe(0);
    expect(memory.releases).toHaveLength(2);
    expect(memory.releases[1]!.info).toEqual({ note: '2026年一季度', sourceFile: 'observations.csv' });
    expect(memory.releases[1]!.dataset.observations.at(-1)).toMatchObject({
      id: 'gdp-330600-2026q1-level',
      value: 1900,
    });
    expect(output).toBe('已发布第 2 版：新增 1，修订 0，删除 0 / published release 2: 1 added, 0 revised, 0 removed');
    expect(memory.isClosed()).toBe(true);
  });

  it('refuses a file with errors, printing each as a table row in Chinese and English, and publishes nothing', async () => {
    const memory = memoryStore(shippedDataset());
    const { code, output } = await run({ file: bad() }, memory.store);
    expect(code).toBe(1);
    expect(memory.releases).toHaveLength(1);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^工作表 sheet\s+│ 行 row │ 列 column │ 问题 what is wrong\s+│ 应为 expected$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^observations │ 2\s+│ region\s+│ 未知地区“330699”\s+│ 地区代码（GB\/T 2260，如 330600），或 binhai$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\s+│\s+│\s+│ unknown region “330699”\s+│ a region code \(GB\/T 2260, such as 330600\), or binhai$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^observations │ 3\s+│ unit\s+│ 单位“亿美元”与指标不符/));
    expect(lines.at(-1)).toBe('文件未导入：2 处错误 / file not imported: 2 error(s)');
    expect(memory.isClosed()).toBe(true);
  });

  it('checks without publishing on a dry run', async () => {
    const memory = memoryStore(shippedDataset());
    const { code, output } = await run({ dryRun: true, language: 'en' }, memory.store);
    expect(code).toBe(0);
    expect(memory.releases).toHaveLength(1);
    expect(output).toBe(
      'check passed (nothing published): 1 added, 0 revised, 0 amended (source or note), 0 unchanged',
    );
  });

  it('extends the shipped dataset when the store has no release yet', async () => {
    const memory = memoryStore(null);
    const { code, output } = await run({ language: 'en' }, memory.store);
    expect(code).toBe(0);
    expect(output.split('\n')[0]).toBe('the store has no release yet: the shipped dataset is the base');
    expect(memory.releases[0]!.dataset.observations).toHaveLength(shippedDataset().observations.length + 1);
  });

  it('fails with the store’s message when the store cannot be opened, except on a dry run', async () => {
    const missing = new Error('release store not available');
    expect(await run({ language: 'en' }, missing)).toEqual({
      code: 1,
      output: 'cannot open the release store releases.sqlite: release store not available',
    });
    const dry = await run({ dryRun: true, language: 'zh' }, missing);
    expect(dry).toEqual({
      code: 0,
      output: '发布库不可用，按随看板发布的数据检查\n检查通过（未发布）：新增 1，修订 0，更正来源或说明 0，未变 0',
    });
  });
});

describe('errorTable', () => {
  it('aligns columns by the width a terminal gives Chinese text', () => {
    const lines = errorTable(
      [
        {
          sheet: '指标数据',
          row: 12,
          column: '单位',
          problem: { zh: '单位不符', en: 'unit mismatch' },
          expected: { zh: '亿元', en: '亿元' },
        },
        {
          sheet: 'observations',
          row: null,
          column: null,
          problem: { zh: '空', en: 'empty' },
          expected: { zh: '数据', en: 'data' },
        },
      ],
      'zh',
    );
    expect(lines).toEqual([
      '工作表       │ 行 │ 列   │ 问题     │ 应为',
      '─────────────┼────┼──────┼──────────┼─────',
      '指标数据     │ 12 │ 单位 │ 单位不符 │ 亿元',
      'observations │ —  │ —    │ 空       │ 数据',
    ]);
  });
});
