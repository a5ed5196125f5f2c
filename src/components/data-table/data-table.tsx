import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSecondarySource } from '../../domain/reliability';
import { IllustrativeMarker } from '../illustrative-marker';
import { RevisedMarker } from '../revised-marker';
import { SecondaryMarker } from '../secondary-marker';
import { SourceNote } from '../source-note';
import { MissingFigure } from '../states/states';
import { sortRows, type SortState, type TableCell, type TableColumn, type TableRow } from './table-model';
import './data-table.css';

function Cell({ cell, alignEnd }: { cell: TableCell | undefined; alignEnd: boolean }) {
  if (!cell || cell.status === 'missing') return <MissingFigure />;
  const text = cell.source ? (
    <SourceNote source={cell.source} align={alignEnd ? 'end' : 'start'}>
      {cell.text}
    </SourceNote>
  ) : (
    cell.text
  );
  return (
    <>
      {text}
      {cell.status === 'illustrative' && <IllustrativeMarker compact />}
      {cell.source && isSecondarySource(cell.source) && <SecondaryMarker compact />}
      {cell.earlier && <RevisedMarker compact earlier={cell.earlier} />}
    </>
  );
}

/**
 * A table of figures: every cell with its marker (illustrative, second-hand, revised, missing) and its source on hover
 * or focus; sortable by any sortable column, missing values last.
 */
export function DataTable({
  columns,
  rows,
  caption,
  initialSort = null,
  testId,
}: {
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  caption: string;
  initialSort?: SortState | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const sorted = sortRows(rows, sort);
  const toggle = (column: string) =>
    setSort((current) =>
      current?.column === column
        ? { column, direction: current.direction === 'desc' ? 'asc' : 'desc' }
        : { column, direction: 'desc' },
    );

  const scrollRef = useRef<HTMLDivElement>(null);
  const wider = useWiderThanBox(scrollRef);

  return (
    <>
      {wider && (
        <p className="data-table__scroll-hint" data-testid={testId ? `${testId}-scroll-hint` : undefined}>
          {t('table.scrollHint')}
        </p>
      )}
      <div className="data-table__scroll" ref={scrollRef} data-wider={wider || undefined}>
        <table className="data-table" data-testid={testId}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort?.column === column.id;
                const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={ariaSort}
                    className={column.numeric ? 'data-table__numeric' : undefined}
                    style={{ minWidth: `${headerWidthEm(column.label)}em` }}
                  >
                    {column.sortable ? (
                      <button type="button" className="data-table__sort" onClick={() => toggle(column.id)}>
                        {column.label}
                        <span aria-hidden="true" className="data-table__sort-icon">
                          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                        <span className="visually-hidden">{t('table.sortBy')}</span>
                      </button>
                    ) : (
                      column.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr
                key={row.id}
                className={row.highlighted ? 'data-table__row--highlighted' : undefined}
                data-row={row.id}
              >
                {columns.map((column, index) => {
                  const cell = row.cells[column.id];
                  const Tag = index === 0 ? 'th' : 'td';
                  return (
                    <Tag
                      key={column.id}
                      scope={index === 0 ? 'row' : undefined}
                      className={column.numeric ? 'data-table__numeric' : undefined}
                      data-column={column.id}
                      data-status={cell?.status ?? (column.figure ? 'missing' : undefined)}
                    >
                      <Cell cell={cell} alignEnd={index > columns.length / 2} />
                    </Tag>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * Width of a header that wraps to three lines at most (with room for the sort mark): an estimate,
 * CJK characters about one em wide, others about 0.55.
 */
function headerWidthEm(label: string): number {
  const ems = [...label].reduce((sum, char) => sum + (char >= '\u2e80' ? 1 : 0.55), 0);
  // The cell's padding, the sort mark and lines broken short (CJK punctuation) take about four ems.
  return Math.min(20, Math.ceil(ems / 2.6) + 4);
}

/** True while the table is wider than its box: the columns past the edge are reached by scrolling, and the page says so. */
function useWiderThanBox(ref: React.RefObject<HTMLElement | null>): boolean {
  const [wider, setWider] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWider(box.scrollWidth > box.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return wider;
}
