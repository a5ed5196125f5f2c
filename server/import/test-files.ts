/**
 * Files for the importer's tests, made in memory: a workbook or a csv from rows keyed by the
 * template's columns, in either language, so each test shows the one cell it is about.
 */
import ExcelJS from 'exceljs';
import { loadDataset, type Dataset } from '../../mock/data/load';
import { COLUMNS, SHEET_NAMES, type Language, type SheetKind } from './columns';
import type { ImportInput } from './read-table';
import { buildCsv, type SampleRow } from './write-sample';

let shipped: Dataset | undefined;
/** The shipped dataset, read once per test file (it is never changed by an import). */
export const shippedDataset = (): Dataset => (shipped ??= loadDataset());

const OFFICIAL_SOURCE: SampleRow = {
  sourceTitle: '2026年一季度绍兴市经济运行情况',
  issuer: '绍兴市统计局',
  sourceDate: '2026-04-20',
  link: 'https://tjj.sx.gov.cn/art/2026/4/20/example.html',
  quote: '一季度全市实现地区生产总值1900亿元',
  reliability: 'official',
};

/** A valid figure of a period the shipped dataset has nothing of (2026): the city's GDP in Q1. */
export const figure = (over: SampleRow = {}): SampleRow => ({
  indicator: 'gdp',
  region: '330600',
  period: '2026Q1',
  measure: 'level',
  value: 1900,
  unit: '亿元',
  ...OFFICIAL_SOURCE,
  ...over,
});

export const target = (over: SampleRow = {}): SampleRow => ({
  id: 't2026-main-gdp',
  year: 2026,
  owner: '330600',
  area: 'main',
  textZh: '地区生产总值增长5.5%左右',
  textEn: 'GDP growth of about 5.5%',
  kind: 'growth',
  operator: 'about',
  value: 5.5,
  unit: '%',
  linkedIndicator: 'gdp',
  linkedMeasure: 'growth',
  ...OFFICIAL_SOURCE,
  quote: '地区生产总值增长5.5%左右',
  ...over,
});

export const progress = (over: SampleRow = {}): SampleRow => ({
  id: 'p-2026-main-gdp-q1',
  target: 't2026-main-gdp',
  region: '330600',
  period: '2026Q1',
  indicator: 'gdp',
  measure: 'growth',
  growthBasis: 'real',
  ...OFFICIAL_SOURCE,
  ...over,
});

export type Sheets = Partial<Record<SheetKind, SampleRow[]>>;

/** A workbook with the template's columns (all of them) and these rows. */
export async function xlsxOf(sheets: Sheets, language: Language = 'zh'): Promise<ImportInput> {
  const table = Object.fromEntries(
    Object.entries(sheets).map(([kind, rows]) => {
      const columns = COLUMNS[kind as SheetKind];
      return [
        SHEET_NAMES[kind as SheetKind][language],
        [columns.map((c) => c[language]), ...rows.map((row) => columns.map((c) => row[c.key] ?? null))],
      ];
    }),
  );
  return rawXlsx(table);
}

/** A workbook exactly as given: sheet name → rows of cells, the first row the header. */
export async function rawXlsx(sheets: Record<string, (string | number | null)[][]>): Promise<ImportInput> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return { buffer: new Uint8Array(await workbook.xlsx.writeBuffer()), format: 'xlsx' };
}

/** A csv of one kind, named as its file would be. */
export function csvOf(kind: SheetKind, rows: SampleRow[], language: Language = 'zh'): ImportInput {
  return {
    buffer: Buffer.from(buildCsv(rows, kind, language)),
    format: 'csv',
    name: SHEET_NAMES[kind].en,
  };
}

/** A csv exactly as written. */
export const rawCsv = (name: string, text: string): ImportInput => ({
  buffer: Buffer.from(text),
  format: 'csv',
  name,
});
