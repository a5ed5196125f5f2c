/**
 * What the importer says about a file, in Chinese and English: each error names the cell (sheet, row,
 * column as its header is written) and says what is wrong and what was expected, because the person who
 * reads it fixes a spreadsheet. The rules a figure keeps are worded in src/domain/consistency.ts; the
 * wording here is about the file itself (sheets, columns, cells that cannot be read).
 */
import type { LocalizedText } from '../../src/api/contract/common';
import { allowedValues, type CodeList, type ColumnSpec, type Language } from './columns';

export interface ImportError {
  /** Sheet name as written (for a csv, its file name). */
  sheet: string;
  /** 1-based row as the spreadsheet shows it; null for a problem of the whole sheet or file. */
  row: number | null;
  /** Column header as written (or as the template names it, for a missing column); null for a whole row or sheet. */
  column: string | null;
  problem: LocalizedText;
  expected: LocalizedText;
}

export type Wording = [problem: LocalizedText, expected: LocalizedText];

const text = (zh: string, en: string): LocalizedText => ({ zh, en });

const headerList = (columns: readonly ColumnSpec[], language: Language) =>
  columns.map((c) => `“${c[language]}”`).join(language === 'zh' ? '、' : ', ');

export const say = {
  unreadable: (reason: string): Wording => [
    text(`无法读取文件：${reason}`, `the file cannot be read: ${reason}`),
    text('.xlsx 工作簿，或 UTF-8（或 GBK）编码的 .csv 文件', 'an .xlsx workbook, or a .csv file in UTF-8 (or GBK)'),
  ],
  emptyFile: (): Wording => [
    text('文件中没有数据行', 'the file has no rows of data'),
    text('第 1 行为表头，其下至少一行数据', 'a header in row 1 and at least one row of data below it'),
  ],
  unknownSheet: (name: string): Wording => [
    text(`未知工作表“${name}”`, `unknown sheet “${name}”`),
    text(
      '工作表（或 csv 文件）名为 指标数据、目标、目标进度 之一；说明页名为“说明”',
      'a sheet (or csv file) named observations, targets or target-progress; instructions in a sheet named “notes”',
    ),
  ],
  unknownColumn: (header: string, columns: readonly ColumnSpec[]): Wording => [
    text(`未知列“${header}”`, `unknown column “${header}”`),
    text(`本表的列：${headerList(columns, 'zh')}`, `a column of this sheet: ${headerList(columns, 'en')}`),
  ],
  duplicateColumn: (header: string): Wording => [
    text(`列“${header}”出现了两次`, `column “${header}” appears twice`),
    text('每列只出现一次', 'each column once'),
  ],
  missingColumn: (spec: ColumnSpec): Wording => [
    text(`缺少必填列“${spec.zh}”`, `required column “${spec.en}” is missing`),
    text(`第 1 行有“${spec.zh}”列`, `a column “${spec.en}” in row 1`),
  ],
  cellWithoutHeader: (): Wording => [
    text('这一列没有表头，内容无法归属', 'this cell is in a column without a header'),
    text('只在有表头的列中填写', 'values only in columns with a header'),
  ],
  emptyCell: (spec: ColumnSpec, hint: LocalizedText): Wording => [
    text(`“${spec.zh}”不能为空`, `“${spec.en}” is empty`),
    hint,
  ],
  notANumber: (cell: string): Wording => [
    text(`“${cell}”不是数字`, `“${cell}” is not a number`),
    text(
      '不带单位、百分号和千位分隔符的数字，如 7791 或 -0.3',
      'a plain number, such as 7791 or -0.3 (no unit, % or thousands separators)',
    ),
  ],
  badCode: (cell: string, list: CodeList): Wording => [
    text(`“${cell}”不是允许的值`, `“${cell}” is not an allowed value`),
    allowedValues(list),
  ],
  badDate: (cell: string): Wording => [
    text(`日期“${cell}”格式不对`, `malformed date “${cell}”`),
    text(
      'YYYY-MM-DD、YYYY-MM 或 YYYY；来源未注明日期时留空',
      'YYYY-MM-DD, YYYY-MM or YYYY; empty where the source carries no date',
    ),
  ],
  badLink: (cell: string): Wording => [
    text(`链接“${cell}”不是网址`, `link “${cell}” is not a web address`),
    text(
      '以 http:// 或 https:// 开头的完整网址；文件类来源留空',
      'a full address starting with http:// or https://; empty for a document',
    ),
  ],
  onlyForGrowth: (): Wording => [
    text('只有增速才填增速口径', 'a growth basis is given for a figure that is not a growth rate'),
    text('非增速的数字此格留空', 'empty unless the measure is growth'),
  ],
  rankWithoutScope: (): Wording => [text('位次未注明排名范围', 'a rank without its scope'), allowedValues('rankScope')],
  onlyForRank: (): Wording => [
    text('只有位次才填排名范围和依据', 'a rank scope or basis is given for a figure that is not a rank'),
    text('非位次的数字此格留空', 'empty unless the measure is rank'),
  ],
  halfPair: (given: ColumnSpec, missing: ColumnSpec): Wording => [
    text(`填了“${given.zh}”却没有填“${missing.zh}”`, `“${given.en}” is given without “${missing.en}”`),
    text('两格都填或都不填', 'both cells filled, or both empty'),
  ],
  badId: (cell: string): Wording => [
    text(`编号“${cell}”格式不对`, `malformed id “${cell}”`),
    text('小写字母、数字和连字符，如 t2024-main-gdp', 'lower-case letters, digits and hyphens, such as t2024-main-gdp'),
  ],
  badYear: (cell: string): Wording => [
    text(`年度“${cell}”格式不对`, `malformed year “${cell}”`),
    text('四位年份，如 2024', 'a four-digit year, such as 2024'),
  ],
  unknownArea: (cell: string, areas: readonly string[]): Wording => [
    text(`未知领域“${cell}”`, `unknown area “${cell}”`),
    text(`领域编号之一：${areas.join('、')}`, `one of the area ids: ${areas.join(', ')}`),
  ],
  unknownTarget: (cell: string): Wording => [
    text(`未知目标“${cell}”`, `unknown target “${cell}”`),
    text('本文件“目标”表或已发布数据中的目标编号', 'a target id of this file’s targets or of the published release'),
  ],
  figureNotFound: (key: string): Wording => [
    text(`找不到进度所指的已公布数字（${key}）`, `no published figure for this progress (${key})`),
    text(
      '本文件“指标数据”表或已发布数据中同一地区、期别、指标、数据类型和增速口径的数字',
      'a figure of the same region, period, indicator, measure and growth basis in this file’s observations or in the published release',
    ),
  ],
  progressWithoutContent: (): Wording => [
    text('进度既没有数字也没有说明', 'progress with neither a figure nor a text'),
    text(
      '填“指标”和“数据类型”（指向一个数字），或填中英文进度说明',
      'an indicator and a measure (naming a figure), or the progress text in both languages',
    ),
  ],
  duplicateId: (id: string, firstRow: number): Wording => [
    text(
      `编号“${id}”已在第 ${firstRow} 行出现，内容不同`,
      `id “${id}” already appears in row ${firstRow} with other content`,
    ),
    text('每个编号只出现一次', 'each id once'),
  ],
  notPublished: (cell: string): Wording => [
    text(`状态“${cell}”不能导入`, `status “${cell}” cannot be imported`),
    text(
      'published（已公布）或留空：导入的数字都有来源，示意数不导入',
      'published, or empty: imported figures are stated by a source; illustrative ones are not imported',
    ),
  ],
} satisfies Record<string, (...args: never[]) => Wording>;
