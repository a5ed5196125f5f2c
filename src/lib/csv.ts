/**
 * CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * mojibake), CRLF line ends, RFC 4180 quoting. Text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe; numbers, negative ones included, are written as they are.
 */
import { downloadBlob } from './download';

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function escapeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let text = typeof cell === 'number' ? String(cell) : cell;
  if (typeof cell === 'string' && FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file as text, BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(escapeCell).join(',')).join('\r\n') + '\r\n';
}

/** Hands the file to the browser as a download. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadBlob(
    fileName.endsWith('.csv') ? fileName : `${fileName}.csv`,
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
  );
}
