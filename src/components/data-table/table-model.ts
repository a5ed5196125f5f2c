/**
 * The data of a table view: columns, rows of cells that know their status and source, sorting,
 * and the CSV of the same rows. Pure, so the table, its export and their tests share one model.
 */
import type { Source } from '../../api/contract/common';
import { toCsv, type CsvCell } from '../../lib/csv';
import { isSecondarySource } from '../../domain/reliability';
import type { EarlierValue } from '../../domain/revisions';

export type CellStatus = 'published' | 'illustrative' | 'missing';

export interface TableColumn {
  id: string;
  label: string;
  /** Numbers align right and sort numerically. */
  numeric?: boolean;
  sortable?: boolean;
  /** A column of figures: the CSV adds its status and source beside it. */
  figure?: boolean;
}

export interface TableCell {
  /** As shown: formatted, with unit where the header does not give it. */
  text: string;
  /** Sort key; null sorts last in either direction (a missing figure is never "smallest"). */
  sortValue?: number | string | null;
  /** As exported; defaults to the text. Numbers are exported unformatted, in the column's unit. */
  csvValue?: CsvCell;
  status?: CellStatus;
  source?: Source | null;
  /** Values a later release revised, formatted as `text` is; shown as the 修订 mark. */
  earlier?: readonly EarlierValue[];
}

export interface TableRow {
  id: string;
  cells: Record<string, TableCell>;
  highlighted?: boolean;
}

export interface SortState {
  column: string;
  direction: 'asc' | 'desc';
}

export function sortRows(rows: readonly TableRow[], sort: SortState | null): TableRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = a.cells[sort.column]?.sortValue ?? null;
    const vb = b.cells[sort.column]?.sortValue ?? null;
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    if (typeof va === 'number' && typeof vb === 'number') return (va - vb) * sign;
    return String(va).localeCompare(String(vb), 'zh-CN') * sign;
  });
}

export interface CsvLabels {
  /** Header of the status column of a figure column, e.g. "GDP（状态）". */
  statusHeader: (column: string) => string;
  sourceHeader: (column: string) => string;
  /** The status cell; a published figure from a secondary source says so. */
  status: (status: CellStatus, secondary: boolean) => string;
  source: (source: Source) => string;
}

/** The rows as CSV: each figure column followed by its status (second-hand marked) and its source. */
export function tableToCsv(columns: readonly TableColumn[], rows: readonly TableRow[], labels: CsvLabels): string {
  const header = columns.flatMap((c) =>
    c.figure ? [c.label, labels.statusHeader(c.label), labels.sourceHeader(c.label)] : [c.label],
  );
  const body = rows.map((row) =>
    columns.flatMap((c) => {
      const cell = row.cells[c.id];
      const value: CsvCell = cell ? (cell.csvValue !== undefined ? cell.csvValue : cell.text) : null;
      if (!c.figure) return [value];
      const status = cell?.status ?? 'missing';
      return [
        status === 'missing' ? null : value,
        labels.status(status, status === 'published' && !!cell?.source && isSecondarySource(cell.source)),
        cell?.source ? labels.source(cell.source) : null,
      ];
    }),
  );
  return toCsv(header, body);
}
