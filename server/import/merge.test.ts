import { describe, expect, it } from 'vitest';
import { importWorkbook } from './import-workbook';
import { figure, progress, shippedDataset, target, xlsxOf, csvOf } from './test-files';
import { sampleRows } from './write-sample';

const base = shippedDataset();
const published = (id: string) => base.observations.find((o) => o.id === id && o.status === 'published')!;
/** A published figure of the release, as the template writes it. */
const rowOf = (id: string) => {
  const index = base.observations.filter((o) => o.status === 'published').findIndex((o) => o.id === id);
  return sampleRows(base).observations[index]!;
};

async function accepted(...args: Parameters<typeof xlsxOf>) {
  const result = await importWorkbook(await xlsxOf(...args), base);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('a file merged into the release', () => {
  it('counts a changed value as a revision, and the same row as unchanged', async () => {
    const h1 = published('gdp-330600-2024h1-level');
    const result = await accepted({
      observations: [
        { ...rowOf('gdp-330600-2024h1-level'), value: h1.value + 7, sourceDate: '2025-02-01' },
        rowOf('gdp-330600-2024fy-level'),
        figure(),
      ],
    });
    expect(result.changes).toEqual({ added: 1, revised: 1, amended: 0, unchanged: 1 });
    const revised = result.dataset.observations.find((o) => o.id === 'gdp-330600-2024h1-level')!;
    expect(revised).toMatchObject({ value: h1.value + 7, source: { date: '2025-02-01' }, alternatives: [] });
    expect(result.dataset.observations).toHaveLength(base.observations.length + 1);
  });

  it('keeps other sources’ values of a figure while its value stands, and drops them with a revised value', async () => {
    const q1 = published('gdp-330600-2024q1-growth');
    expect(q1.alternatives).toHaveLength(1);
    const amended = await accepted({ observations: [{ ...rowOf(q1.id), link: 'https://www.sx.gov.cn/example.html' }] });
    expect(amended.changes).toMatchObject({ revised: 0, amended: 1 });
    expect(amended.dataset.observations.find((o) => o.id === q1.id)!.alternatives).toEqual(q1.alternatives);
    const revised = await accepted({ observations: [{ ...rowOf(q1.id), value: 7.9 }] });
    expect(revised.changes).toMatchObject({ revised: 1, amended: 0 });
    expect(revised.dataset.observations.find((o) => o.id === q1.id)).toMatchObject({ value: 7.9, alternatives: [] });
  });

  it('never changes the release it extends', async () => {
    const before = structuredClone(base);
    const result = await accepted({
      observations: [{ ...rowOf('gdp-330600-2024q1-growth'), value: 9.9 }, figure()],
      targets: [target(), { ...sampleRows(base).targets[0]!, textEn: 'GDP growth of 6.5% or more' }],
      progress: [progress({ period: '2026Q1', indicator: 'gdp', measure: 'level', growthBasis: null })],
    });
    // The growth rate's value is revised; the target keeps its value and changes its words.
    expect(result.changes).toEqual({ added: 3, revised: 1, amended: 1, unchanged: 0 });
    expect(base).toEqual(before);
  });

  it('gives a new figure an id made from what it is, the same on every import', async () => {
    const first = await accepted({ observations: [figure()] });
    const added = first.dataset.observations.at(-1)!;
    expect(added).toMatchObject({ id: 'gdp-330600-2026q1-level', status: 'published', value: 1900, note: null });
    const again = await importWorkbook(await xlsxOf({ observations: [figure({ value: 1901 })] }), first.dataset);
    expect(again).toMatchObject({ ok: true, changes: { revised: 1 } });
    expect(again.ok && again.dataset.observations.filter((o) => o.id === added.id).map((o) => o.value)).toEqual([1901]);
  });

  it('replaces an illustrative value with the published figure, counted as added, under an id of its own', async () => {
    const fill = base.observations.find((o) => o.id === 'ill-gdp-330600-2024Q1-level')!;
    const result = await accepted({ observations: [figure({ period: '2024Q1', value: 1801 })] });
    expect(result.changes).toEqual({ added: 1, revised: 0, amended: 0, unchanged: 0 });
    const figures = result.dataset.observations.filter(
      (o) => o.indicator === 'gdp' && o.region === '330600' && o.period === '2024Q1' && o.measure === 'level',
    );
    expect(figures).toEqual([
      expect.objectContaining({ id: 'gdp-330600-2024q1-level', status: 'published', value: 1801 }),
    ]);
    expect(result.dataset.observations.indexOf(figures[0]!)).toBe(base.observations.indexOf(fill));
  });

  it('adds a target and its progress, the progress reporting the file’s figure', async () => {
    const growth = figure({ measure: 'growth', value: 5.8, unit: '%', growthBasis: 'real', quote: '增长5.8%' });
    const result = await accepted({ observations: [growth], targets: [target()], progress: [progress()] });
    expect(result.changes).toEqual({ added: 3, revised: 0, amended: 0, unchanged: 0 });
    expect(result.dataset.targets.at(-1)).toMatchObject({
      id: 't2026-main-gdp',
      linked: { indicator: 'gdp', measure: 'growth' },
    });
    expect(result.dataset.targetProgress.at(-1)).toMatchObject({
      id: 'p-2026-main-gdp-q1',
      completionShare: false,
      text: null,
      observation: { indicator: 'gdp', period: '2026Q1', value: 5.8, growthBasis: 'real' },
    });
  });

  it('has the release’s progress report a revised figure', async () => {
    const reported = base.targetProgress.find((p) => p.observation?.id === 'gdp-330600-2024q1-growth')!;
    const result = await accepted({ observations: [{ ...rowOf('gdp-330600-2024q1-growth'), value: 7.7 }] });
    expect(result.dataset.targetProgress.find((p) => p.id === reported.id)!.observation!.value).toBe(7.7);
  });

  it('dates the dataset by its newest source', async () => {
    const result = await accepted({ observations: [figure({ sourceDate: '2026-04-20' })] });
    expect(result.dataset.meta.asOf).toBe('2026-04-20');
    expect(base.meta.asOf < '2026-04-20').toBe(true);
  });
});

describe('targets and progress are checked too', () => {
  it('refuses progress of an unknown target and progress whose figure is nowhere', async () => {
    const result = await importWorkbook(csvOf('progress', [progress({ target: 't2026-none' })]), base);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        sheet: 'target-progress',
        row: 2,
        column: '目标编号',
        problem: { zh: '未知目标“t2026-none”', en: 'unknown target “t2026-none”' },
        expected: {
          zh: '本文件“目标”表或已发布数据中的目标编号',
          en: 'a target id of this file’s targets or of the published release',
        },
      },
      expect.objectContaining({
        column: '指标',
        problem: {
          zh: '找不到进度所指的已公布数字（gdp 330600 2026Q1 growth real）',
          en: 'no published figure for this progress (gdp 330600 2026Q1 growth real)',
        },
      }),
    ]);
  });

  it('refuses a target with an unknown area, kind and linked indicator, and without a source', async () => {
    const bad = target({
      area: 'space',
      kind: 'big',
      linkedIndicator: 'gpd',
      sourceTitle: null,
      issuer: null,
      sourceDate: null,
      link: null,
      quote: null,
      reliability: null,
    });
    const result = await importWorkbook(await xlsxOf({ targets: [bad] }), base);
    expect(result.ok ? [] : result.errors.map((e) => [e.column, e.problem.en])).toEqual([
      ['领域', 'unknown area “space”'],
      ['目标类型', '“big” is not an allowed value'],
      ['挂钩指标', 'unknown indicator “gpd”'],
      ['来源标题', 'target without a source'],
    ]);
  });

  it('refuses one target id twice with different content', async () => {
    const result = await importWorkbook(await xlsxOf({ targets: [target(), target({ value: 6 })] }), base);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        row: 3,
        problem: {
          zh: '编号“t2026-main-gdp”已在第 2 行出现，内容不同',
          en: 'id “t2026-main-gdp” already appears in row 2 with other content',
        },
      }),
    ]);
  });
});
