/**
 * Reads a spreadsheet (xlsx) or a csv file into plain tables: a sheet name, its header row and its
 * rows of cells with their spreadsheet row numbers. No meaning is given to any cell here; that is
 * the importer's work, so that xlsx and csv are judged by the same code.
 */
import { basename, extname } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** A cell as read: text, a number, a date (from an xlsx date cell), a boolean, or empty. */
export type Cell = string | number | boolean | Date | null;

export interface RawRow {
  /** 1-based row number as the spreadsheet program shows it. */
  row: number;
  cells: Cell[];
}

export interface RawSheet {
  name: string;
  header: string[];
  rows: RawRow[];
}

export type ImportInput =
  | string
  | { buffer: Uint8Array; format: 'xlsx' }
  /** A csv holds one kind of rows; `name` says which, as its file name would (`observations`, `指标数据`). */
  | { buffer: Uint8Array; format: 'csv'; name: string };

export class UnreadableFile extends Error {
  override name = 'UnreadableFile';
}

export async function readTables(input: ImportInput): Promise<RawSheet[]> {
  if (typeof input === 'string') {
    const buffer = await readFile(input).catch((error: NodeJS.ErrnoException) => {
      throw new UnreadableFile(error.code === 'ENOENT' ? `${input}: no such file` : `${input}: ${error.message}`);
    });
    const ext = extname(input).toLowerCase();
    if (ext === '.xlsx') return readXlsx(buffer);
    if (ext === '.csv') return [readCsv(buffer, basename(input, extname(input)))];
    throw new UnreadableFile(`${basename(input)}: not an .xlsx or .csv file`);
  }
  return input.format === 'xlsx' ? readXlsx(input.buffer) : [readCsv(input.buffer, input.name)];
}

async function readXlsx(buffer: Uint8Array): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(buffer) as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFile(`not a readable .xlsx file (${(error as Error).message})`);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: RawRow[] = [];
    let header: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      // exceljs counts columns from 1: values[0] is always empty.
      const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => plainCell(values[i + 1]));
      if (number === 1) header = cells.map((c) => (c === null ? '' : cellText(c)));
      else rows.push({ row: number, cells });
    });
    return { name: sheet.name, header, rows: rows.filter((r) => r.cells.some((c) => c !== null)) };
  });
}

function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plainCell(value.richText.map((t) => t.text).join(''));
  if ('hyperlink' in value) return plainCell(value.text || value.hyperlink);
  if ('result' in value) return value.result === undefined ? null : plainCell(value.result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

/** Text of a cell as a person would read it: numbers as written, dates as YYYY-MM-DD. */
export function cellText(cell: Exclude<Cell, null>): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * A csv is read as UTF-8 (with or without the byte-order mark Excel writes). Excel on a Chinese
 * Windows saves "CSV" as GB 18030 (GBK); a file that is not valid UTF-8 is read as that, so an office
 * never has to know which it saved.
 */
function decodeCsv(buffer: Uint8Array): string {
  const bytes = Buffer.from(buffer);
  return isUtf8(bytes) ? bytes.toString('utf8').replace(/^\uFEFF/, '') : new TextDecoder('gb18030').decode(bytes);
}

function readCsv(buffer: Uint8Array, name: string): RawSheet {
  let records: string[][];
  try {
    records = parse(decodeCsv(buffer), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new UnreadableFile(`${name}.csv: not a readable csv file (${(error as Error).message})`);
  }
  const [header = [], ...body] = records;
  const rows = body
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c): Cell => (c.trim() === '' ? null : c)) }))
    .filter((r) => r.cells.some((c) => c !== null));
  return { name, header: header.map((h) => h.trim()), rows };
}
