/**
 * The template files, written from a dataset: the sample an office reads to see how a filled sheet
 * looks (the shipped dataset's published figures, Chinese headers) and the empty template in English.
 * The sample is made, not kept by hand, so that it always says what the contract holds; a test
 * writes it anew and compares it with the committed files.
 */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { unzipSync, zipSync } from 'fflate';
import type { Source } from '../../src/api/contract/common';
import type { Dataset } from '../../mock/data/load';
import { COLUMNS, NOTES_SHEET, SHEET_NAMES, type Language, type SheetKind } from './columns';

export type SampleCell = string | number | null;
export type SampleRow = Record<string, SampleCell>;

/**
 * Workbook dates are fixed: the file's bytes depend on its content alone, so regenerating the sample
 * changes nothing in the repository unless the data changed.
 */
const WORKBOOK_DATE = new Date('2026-01-01T00:00:00Z');

function sourceCells(source: Source): SampleRow {
  if (source.type === 'illustrative') throw new Error('An illustrative source is not written to the template');
  return {
    sourceTitle: source.title,
    sourceTitleEn: source.titleEn ?? null,
    issuer: source.issuer,
    issuerEn: source.issuerEn ?? null,
    sourceDate: source.date,
    link: source.type === 'web' ? source.url : null,
    quote: source.quote,
    reliability: source.reliability,
  };
}

/**
 * The dataset's rows as the template writes them. Only published figures: the illustrative fill of
 * the demonstration grid is made up, and an office never imports it (the importer refuses it).
 */
export function sampleRows(dataset: Dataset): Record<SheetKind, SampleRow[]> {
  return {
    observations: dataset.observations
      .filter((o) => o.status === 'published')
      .map((o) => ({
        indicator: o.indicator,
        region: o.region,
        period: o.period,
        measure: o.measure,
        value: o.value,
        unit: o.unit,
        growthBasis: o.growthBasis,
        rankScope: o.rank?.scope ?? null,
        rankBasis: o.rank?.basis ?? null,
        status: o.status,
        noteZh: o.note?.zh ?? null,
        noteEn: o.note?.en ?? null,
        ...sourceCells(o.source),
      })),
    targets: dataset.targets.map((t) => ({
      id: t.id,
      year: t.year,
      owner: t.owner,
      area: t.area,
      textZh: t.text.zh,
      textEn: t.text.en,
      kind: t.kind,
      operator: t.operator,
      value: t.value,
      unit: t.unit,
      linkedIndicator: t.linked?.indicator ?? null,
      linkedMeasure: t.linked?.measure ?? null,
      relatedIndicator: t.relatedTo?.indicator ?? null,
      relatedMeasure: t.relatedTo?.measure ?? null,
      ...sourceCells(t.source),
    })),
    progress: dataset.targetProgress.map((p) => ({
      id: p.id,
      target: p.target,
      region: p.region,
      period: p.period,
      indicator: p.observation?.indicator ?? null,
      measure: p.observation?.measure ?? null,
      growthBasis: p.observation?.growthBasis ?? null,
      textZh: p.text?.zh ?? null,
      textEn: p.text?.en ?? null,
      completionShare: p.completionShare ? 'yes' : 'no',
      ...sourceCells(p.source),
    })),
  };
}

const KINDS: readonly SheetKind[] = ['observations', 'targets', 'progress'];

const NOTES: Record<Language, string[]> = {
  zh: [
    '绍兴市经济运行监测 · 数据模板',
    '每个工作表一类数据：指标数据、目标、目标进度。第 1 行为表头（中文或英文均可），其下每行一条。',
    '每行都要有来源：标题、发布机关、日期、链接（网页）、原文语句和可靠性。',
    '列的含义、允许的值和示例见仓库中的 docs/data-template.md。导入：npm run data:import -- 文件名',
    '本页不导入。',
  ],
  en: [
    'Shaoxing economic monitor · data template',
    'One sheet per kind of data: observations, targets, target-progress. Row 1 is the header (Chinese or English), one record per row below it.',
    'Every row has its source: title, issuing body, date, link (for a web page), the exact phrase and the reliability.',
    'Columns, allowed values and examples: docs/data-template.md in the repository. Import with: npm run data:import -- FILE',
    'This sheet is not imported.',
  ],
};

/** The workbook: a notes sheet, then one sheet per kind with the template's headers and the rows. */
export async function buildWorkbook(rows: Record<SheetKind, SampleRow[]>, language: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'shaoxing-economy-dashboard';
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;
  const notes = workbook.addWorksheet(NOTES_SHEET[language]);
  notes.getColumn(1).width = 120;
  for (const line of NOTES[language]) notes.addRow([line]);
  for (const kind of KINDS) {
    const columns = COLUMNS[kind];
    const sheet = workbook.addWorksheet(SHEET_NAMES[kind][language], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({
      header: c[language],
      key: c.key,
      width: Math.max(c[language].length * 2, 12),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows[kind]) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  }
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  // The zip entries carry the time they were written; they are set to the fixed date too.
  const entries = unzipSync(written);
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: WORKBOOK_DATE }]])),
    { level: 6 },
  );
}

/** One csv of one kind: UTF-8 with the byte-order mark, so that Excel opens the Chinese text as it is. */
export function buildCsv(rows: readonly SampleRow[], kind: SheetKind, language: Language): string {
  const columns = COLUMNS[kind];
  const body = [columns.map((c) => c[language]), ...rows.map((row) => columns.map((c) => row[c.key] ?? ''))];
  return `\uFEFF${stringify(body, { record_delimiter: 'windows' })}`;
}

/** The files of the sample folder, by file name. */
export async function sampleFiles(dataset: Dataset): Promise<Record<string, Uint8Array | string>> {
  const rows = sampleRows(dataset);
  const empty: Record<SheetKind, SampleRow[]> = { observations: [], targets: [], progress: [] };
  return {
    'shaoxing-data.xlsx': await buildWorkbook(rows, 'zh'),
    ...Object.fromEntries(KINDS.map((kind) => [`${SHEET_NAMES[kind].en}.csv`, buildCsv(rows[kind], kind, 'zh')])),
    'template-en.xlsx': await buildWorkbook(empty, 'en'),
  };
}
