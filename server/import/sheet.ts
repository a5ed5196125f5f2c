/**
 * A sheet's header read against the template, and the cells of its rows read by column: every cell
 * that cannot be read becomes an error naming its sheet, row and column, and reading goes on, so one
 * run lists every problem of the file.
 */
import type { LocalizedText } from '../../src/api/contract/common';
import { normalizeHeader, readCode, type CodeList, type ColumnSpec, type Language } from './columns';
import { say, type ImportError, type Wording } from './messages';
import { cellText, type Cell, type RawRow, type RawSheet } from './read-table';

export interface SheetLayout<K extends string> {
  sheet: string;
  language: Language;
  /** Column position of each key present in the header. */
  positions: Map<K, number>;
  /** The header of a key as written, or as the template names it in the sheet's language when absent. */
  headerOf(key: K): string;
  spec(key: K): ColumnSpec<K>;
}

/** Maps the header row to the template's columns; null (with the errors added) when the rows cannot be read. */
export function readHeader<K extends string>(
  raw: RawSheet,
  columns: readonly ColumnSpec<K>[],
  errors: ImportError[],
): SheetLayout<K> | null {
  const positions = new Map<K, number>();
  const counts = { zh: 0, en: 0 };
  const before = errors.length;
  const fail = (column: string | null, [problem, expected]: Wording) =>
    errors.push({ sheet: raw.name, row: 1, column, problem, expected });

  raw.header.forEach((header, position) => {
    if (header === '') {
      if (raw.rows.some((r) => r.cells[position] != null)) fail(null, say.cellWithoutHeader());
      return;
    }
    const wanted = normalizeHeader(header);
    const spec = columns.find((c) => normalizeHeader(c.zh) === wanted || normalizeHeader(c.en) === wanted);
    if (!spec) return fail(header, say.unknownColumn(header, columns));
    if (positions.has(spec.key)) return fail(header, say.duplicateColumn(header));
    positions.set(spec.key, position);
    if (normalizeHeader(spec.zh) === wanted) counts.zh++;
    else counts.en++;
  });
  for (const row of raw.rows) {
    if (row.cells.slice(raw.header.length).some((c) => c !== null)) {
      errors.push({ sheet: raw.name, row: row.row, column: null, ...wording(say.cellWithoutHeader()) });
    }
  }
  const language: Language = counts.en > counts.zh ? 'en' : 'zh';
  for (const spec of columns) {
    if (spec.required && !positions.has(spec.key)) fail(spec[language], say.missingColumn(spec));
  }
  if (errors.length > before) return null;

  const byKey = new Map(columns.map((c) => [c.key, c]));
  return {
    sheet: raw.name,
    language,
    positions,
    headerOf: (key) => {
      const position = positions.get(key);
      return position === undefined ? byKey.get(key)![language] : raw.header[position]!;
    },
    spec: (key) => byKey.get(key)!,
  };
}

/** The cells of one row, read by column key; what cannot be read is reported and comes back as null. */
export class RowCells<K extends string> {
  constructor(
    private readonly layout: SheetLayout<K>,
    readonly raw: RawRow,
    private readonly errors: ImportError[],
  ) {}

  get row(): number {
    return this.raw.row;
  }

  fail(key: K, [problem, expected]: Wording): null {
    this.errors.push({
      sheet: this.layout.sheet,
      row: this.raw.row,
      column: this.layout.headerOf(key),
      problem,
      expected,
    });
    return null;
  }

  cell(key: K): Exclude<Cell, null> | null {
    const position = this.layout.positions.get(key);
    return position === undefined ? null : (this.raw.cells[position] ?? null);
  }

  /** The cell as text, or null when empty. */
  text(key: K): string | null {
    const cell = this.cell(key);
    return cell === null ? null : cellText(cell);
  }

  /** Reports an empty cell that must be filled, saying what belongs there. */
  missing(key: K, hint: LocalizedText): null {
    return this.fail(key, say.emptyCell(this.layout.spec(key), hint));
  }

  /** The cell as text; an empty cell is an error saying what belongs there. */
  required(key: K, hint: LocalizedText): string | null {
    const value = this.text(key);
    return value === null ? this.missing(key, hint) : value;
  }

  /** A coded value that must be given: null (reported) when empty, undefined (reported) when unknown. */
  requiredCode<L extends CodeList>(key: K, list: L, hint: LocalizedText) {
    return this.text(key) === null ? this.missing(key, hint) : this.code(key, list);
  }

  /**
   * A number as written: a number cell, or text that is a plain decimal. `7,791` and `6.5%` are refused
   * rather than guessed at: a misplaced separator or a percent sign read the wrong way is a wrong figure.
   */
  number(key: K): number | null | undefined {
    const cell = this.cell(key);
    if (cell === null) return null;
    if (typeof cell === 'number') return cell;
    const written = cellText(cell);
    if (typeof cell === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(written)) return Number(written);
    this.fail(key, say.notANumber(written));
    return undefined;
  }

  /** A coded value by its code or Chinese word; null when empty, undefined (reported) when unknown. */
  code<L extends CodeList>(key: K, list: L): ReturnType<typeof readCode<L>> | undefined {
    const value = this.text(key);
    if (value === null) return null;
    const code = readCode(list, value);
    if (code === null) {
      this.fail(key, say.badCode(value, list));
      return undefined;
    }
    return code;
  }

  /** Two cells that go together (an English text with its Chinese one): both, or neither. */
  pair(a: K, b: K): [string, string] | null {
    const [x, y] = [this.text(a), this.text(b)];
    if (x !== null && y !== null) return [x, y];
    if (x !== null) this.fail(b, say.halfPair(this.layout.spec(a), this.layout.spec(b)));
    if (y !== null) this.fail(a, say.halfPair(this.layout.spec(b), this.layout.spec(a)));
    return null;
  }
}

const wording = ([problem, expected]: Wording) => ({ problem, expected });
