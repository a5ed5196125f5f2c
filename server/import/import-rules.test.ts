import { describe, expect, it } from 'vitest';
import type { SheetKind } from './columns';
import { importWorkbook, type ImportError } from './import-workbook';
import { csvOf, figure, rawCsv, rawXlsx, shippedDataset, xlsxOf, type Sheets } from './test-files';

const base = shippedDataset();

async function importAs(format: 'xlsx' | 'csv', sheets: Sheets) {
  const input =
    format === 'xlsx'
      ? await xlsxOf(sheets)
      : Object.entries(sheets).map(([kind, rows]) => csvOf(kind as SheetKind, rows));
  return importWorkbook(input, base);
}

/** The errors of a file that must be refused. */
async function errorsOf(format: 'xlsx' | 'csv', sheets: Sheets): Promise<ImportError[]> {
  const result = await importAs(format, sheets);
  if (result.ok) throw new Error('the file was accepted');
  return result.errors;
}

const SHEET = { xlsx: '指标数据', csv: 'observations' } as const;

describe.each(['xlsx', 'csv'] as const)('a figure breaking a rule refuses the %s file, naming the cell', (format) => {
  it('accepts a valid figure', async () => {
    const result = await importAs(format, { observations: [figure()] });
    expect(result).toMatchObject({ ok: true, changes: { added: 1, revised: 0, amended: 0, unchanged: 0 } });
  });

  it('an unknown indicator', async () => {
    expect(await errorsOf(format, { observations: [figure(), figure({ indicator: 'gpd' })] })).toEqual([
      {
        sheet: SHEET[format],
        row: 3,
        column: '指标',
        problem: { zh: '未知指标“gpd”', en: 'unknown indicator “gpd”' },
        expected: { zh: '指标目录中的指标编号，如 gdp', en: 'an indicator id of the catalogue, such as gdp' },
      },
    ]);
  });

  it('an unknown region', async () => {
    expect(await errorsOf(format, { observations: [figure({ region: '330699' })] })).toEqual([
      expect.objectContaining({
        row: 2,
        column: '地区',
        problem: { zh: '未知地区“330699”', en: 'unknown region “330699”' },
        expected: {
          zh: '地区代码（GB/T 2260，如 330600），或 binhai',
          en: 'a region code (GB/T 2260, such as 330600), or binhai',
        },
      }),
    ]);
  });

  it('a unit that does not match the indicator', async () => {
    expect(await errorsOf(format, { observations: [figure({ unit: '亿美元' })] })).toEqual([
      expect.objectContaining({
        column: '单位',
        problem: { zh: '单位“亿美元”与指标不符', en: 'unit “亿美元” does not match the indicator' },
        expected: { zh: '亿元（或其万、亿倍数）', en: '亿元 (or a 万/亿 multiple of it)' },
      }),
    ]);
  });

  it('a malformed period', async () => {
    expect(await errorsOf(format, { observations: [figure({ period: '2026Q2' })] })).toEqual([
      expect.objectContaining({
        column: '期别',
        problem: { zh: '期别“2026Q2”格式不对', en: 'malformed period “2026Q2”' },
      }),
    ]);
  });

  it('a value out of range, and a value that is not a number', async () => {
    const errors = await errorsOf(format, {
      observations: [figure({ value: -5 }), figure({ period: '2026H1', value: '1,900' })],
    });
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: '数值',
        problem: { zh: '数值 -5 超出范围', en: 'value -5 is out of range' },
        expected: {
          zh: '不小于 0 的有限数（可为负的指标除外）',
          en: 'negative level for gdp, which cannot be negative',
        },
      }),
      expect.objectContaining({
        row: 3,
        column: '数值',
        problem: { zh: '“1,900”不是数字', en: '“1,900” is not a number' },
      }),
    ]);
  });

  it('a cumulative level below the previous cumulative period of the same year in the file', async () => {
    const errors = await errorsOf(format, {
      observations: [figure({ value: 1900 }), figure({ period: '2026H1', value: 1800 })],
    });
    expect(errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: '数值',
        problem: {
          zh: '累计数 1800亿元（2026H1）小于同年前一累计期的 1900亿元（2026Q1）',
          en: 'cumulative level 1800 亿元 (2026H1) is below 1900 亿元 of the earlier cumulative period of the same year (2026Q1)',
        },
        expected: {
          zh: '累计数不小于同年前一累计期',
          en: 'a cumulative level no lower than that of the earlier period of the same year',
        },
      }),
    ]);
  });

  it('a growth rate without its basis', async () => {
    expect(await errorsOf(format, { observations: [figure({ measure: 'growth', value: 5.6, unit: '%' })] })).toEqual([
      expect.objectContaining({
        column: '增速口径',
        problem: { zh: '增速未注明口径', en: 'growth rate without its basis' },
        expected: {
          zh: 'real（按可比价格）或 nominal（按现价）',
          en: 'real (comparable prices) or nominal (current prices)',
        },
      }),
    ]);
  });

  it('the same figure twice with different values (twice with the same value is one figure)', async () => {
    const errors = await errorsOf(format, { observations: [figure(), figure(), figure({ value: 1950 })] });
    expect(errors).toEqual([
      expect.objectContaining({
        row: 4,
        column: '数值',
        problem: {
          zh: '同一数字出现两个不同的值：1900 和 1950',
          en: 'the same figure twice with different values: 1900 and 1950',
        },
        expected: { zh: '每个数字只给一个值', en: 'one value for each figure' },
      }),
    ]);
  });

  it('a figure without a source', async () => {
    const bare = figure({
      sourceTitle: null,
      issuer: null,
      sourceDate: null,
      link: null,
      quote: null,
      reliability: null,
    });
    expect(await errorsOf(format, { observations: [bare] })).toEqual([
      expect.objectContaining({
        row: 2,
        column: '来源标题',
        problem: { zh: '数字没有来源', en: 'figure without a source' },
        expected: {
          zh: '来源标题、发布机关、日期和原文语句',
          en: 'the source’s title, issuing body, date and exact phrase',
        },
      }),
    ]);
  });

  it('a source without its exact phrase, a bad date, a bad reliability and a bad link', async () => {
    const errors = await errorsOf(format, {
      observations: [figure({ quote: null, sourceDate: '2026/4/20', reliability: 'sure', link: 'tjj.sx.gov.cn' })],
    });
    expect(errors.map((e) => [e.column, e.problem.en])).toEqual([
      ['原文语句', '“exact phrase” is empty'],
      ['可靠性', '“sure” is not an allowed value'],
      ['发布日期', 'malformed date “2026/4/20”'],
      ['链接', 'link “tjj.sx.gov.cn” is not a web address'],
    ]);
    expect(errors[1]!.expected).toEqual({
      zh: 'official（官方）、official-repost（官方转载）、press（媒体）、secondary（二手）',
      en: 'official, official-repost, press, secondary',
    });
  });
});

describe('a row that is not a published figure', () => {
  it('is refused, saying that illustrative values are not imported', async () => {
    const errors = await errorsOf('xlsx', {
      observations: [figure({ status: 'illustrative' }), figure({ period: '2026H1', status: '已公布', value: 3900 })],
    });
    expect(errors).toEqual([
      {
        sheet: '指标数据',
        row: 2,
        column: '状态',
        problem: { zh: '状态“illustrative”不能导入', en: 'status “illustrative” cannot be imported' },
        expected: {
          zh: 'published（已公布）或留空：导入的数字都有来源，示意数不导入',
          en: 'published, or empty: imported figures are stated by a source; illustrative ones are not imported',
        },
      },
    ]);
  });
});

describe('a cumulative level is checked against the published release too', () => {
  const h1 = base.observations.find((o) => o.id === 'gdp-330600-2024h1-level')!;

  it('refuses a later period below the published earlier one', async () => {
    const errors = await errorsOf('xlsx', { observations: [figure({ period: '2024Q3', value: h1.value - 100 })] });
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: '数值',
        problem: expect.objectContaining({
          zh: `累计数 ${h1.value - 100}亿元（2024Q3）小于同年前一累计期的 ${h1.value}亿元（2024H1）`,
        }),
      }),
    ]);
  });

  it('refuses an earlier period above the published later one', async () => {
    const fy = base.observations.find((o) => o.id === 'gdp-330600-2024fy-level')!;
    const errors = await errorsOf('csv', { observations: [figure({ period: '2024Q3', value: fy.value + 1 })] });
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        problem: expect.objectContaining({ en: expect.stringContaining('(2024FY) is below') }),
      }),
    ]);
  });

  it('takes a revision that keeps the running total rising', async () => {
    const result = await importWorkbook(
      await xlsxOf({ observations: [figure({ period: '2024Q3', value: h1.value + 2000 })] }),
      base,
    );
    expect(result.ok).toBe(true);
  });
});

describe('the file itself', () => {
  it('refuses a sheet without a required column, naming it', async () => {
    const input = await rawXlsx({
      指标数据: [
        ['指标', '地区', '期别', '数据类型', '数值'],
        ['gdp', '330600', '2026Q1', 'level', 1900],
      ],
    });
    const result = await importWorkbook(input, base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      sheet: '指标数据',
      row: 1,
      column: '单位',
      problem: { zh: '缺少必填列“单位”', en: 'required column “unit” is missing' },
      expected: { zh: '第 1 行有“单位”列', en: 'a column “unit” in row 1' },
    });
    expect(result.errors.map((e) => e.column)).toEqual(['单位', '来源标题', '发布机关', '原文语句', '可靠性']);
  });

  it('refuses an unknown sheet and an unknown column', async () => {
    const input = await rawXlsx({
      GDP: [['a'], ['b']],
      observations: [
        ['indicator', 'colour'],
        ['gdp', 'red'],
      ],
    });
    const result = await importWorkbook(input, base);
    expect(result.ok ? [] : result.errors.map((e) => [e.sheet, e.row, e.column, e.problem.en])).toEqual([
      ['GDP', null, null, 'unknown sheet “GDP”'],
      ['observations', 1, 'colour', 'unknown column “colour”'],
      ['observations', 1, 'region', 'required column “region” is missing'],
      ...['period', 'measure', 'value', 'unit', 'source title', 'issuing body', 'exact phrase', 'reliability'].map(
        (c) => ['observations', 1, c, `required column “${c}” is missing`],
      ),
    ]);
  });

  it('passes over a notes sheet, and refuses a value in a column without a header', async () => {
    const header = ['指标', '地区', '期别', '数据类型', '数值', '单位', '来源标题', '发布机关', '原文语句', '可靠性'];
    const row = [
      'gdp',
      '330600',
      '2026Q1',
      'level',
      1900,
      '亿元',
      '一季度经济运行',
      '绍兴市统计局',
      '1900亿元',
      'official',
    ];
    const input = await rawXlsx({ 说明: [['本页不导入'], ['gpd']], 指标数据: [header, row, [...row, 'stray']] });
    const result = await importWorkbook(input, base);
    expect(result.ok ? [] : result.errors.map((e) => [e.sheet, e.row, e.column, e.problem.en])).toEqual([
      ['指标数据', 3, null, 'this cell is in a column without a header'],
    ]);
  });

  it('refuses an empty file', async () => {
    const result = await importWorkbook(rawCsv('observations', '指标,地区\r\n'), base);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          sheet: 'observations',
          row: null,
          column: null,
          problem: { zh: '文件中没有数据行', en: 'the file has no rows of data' },
          expected: {
            zh: '第 1 行为表头，其下至少一行数据',
            en: 'a header in row 1 and at least one row of data below it',
          },
        },
      ],
    });
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const result = await importWorkbook({ buffer: new TextEncoder().encode('not a zip'), format: 'xlsx' }, base);
    expect(result.ok ? null : result.errors[0]!.problem.en).toMatch(
      /^the file cannot be read: not a readable \.xlsx file/,
    );
  });

  it('takes English headers, in any case and spacing, and the Chinese words for codes', async () => {
    const header = [
      'Indicator',
      'REGION',
      'period',
      'Measure',
      'value',
      'unit',
      'Growth Basis',
      'Source Title',
      'issuing_body',
      'exact phrase',
      'reliability',
    ];
    const row = [
      'gdp',
      '330600',
      '2026Q1',
      '增速',
      '5.6',
      '%',
      '可比价',
      '一季度经济运行',
      '绍兴市统计局',
      '增长5.6%',
      '官方',
    ];
    const result = await importWorkbook(rawCsv('Observations', [header, row].map((r) => r.join(',')).join('\n')), base);
    expect(result.ok).toBe(true);
    const added = result.ok ? result.dataset.observations.at(-1) : undefined;
    expect(added).toMatchObject({
      measure: 'growth',
      growthBasis: 'real',
      value: 5.6,
      source: { reliability: 'official', type: 'document' },
    });
  });

  it('names the column in the language the sheet is written in', async () => {
    const result = await importWorkbook(csvOf('observations', [figure({ indicator: 'gpd' })], 'en'), base);
    expect(result.ok ? null : result.errors.map((e) => e.column)).toEqual(['indicator']);
  });

  it('reads a csv saved by Excel as GBK', async () => {
    const header = '指标,地区,期别,数据类型,数值,单位,来源标题,发布机关,原文语句,可靠性';
    const row = 'gdp,330600,2026Q1,level,1900,亿元,一季度经济运行,绍兴市统计局,实现地区生产总值1900亿元,official';
    // The header and 亿元 in GB 18030, as a Chinese Windows Excel writes "CSV".
    const encoded = encodeGb18030(`${header}\r\n${row}\r\n`);
    const result = await importWorkbook({ buffer: encoded, format: 'csv', name: '指标数据' }, base);
    expect(result.ok ? result.dataset.observations.at(-1)!.unit : result.errors).toBe('亿元');
  });
});

/** GB 18030 bytes of a text, by looking each character up in the decoder (Node has no GB 18030 encoder). */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!)));
}
