import { useTranslation } from 'react-i18next';
import { downloadCsv } from '../../lib/csv';
import { tableToCsv, type TableColumn, type TableRow } from './table-model';
import { useCsvLabels } from './use-csv-labels';

/**
 * The download of a table as CSV, among a panel's actions: the columns and rows the table shows,
 * with the status and source of every figure in the page's language.
 */
export function CsvButton({
  columns,
  rows,
  fileName,
  disabled = false,
  testId,
}: {
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Named when clicked, so the name carries the dataset date known by then. */
  fileName: () => string;
  disabled?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const csvLabels = useCsvLabels();
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={disabled}
      onClick={() => downloadCsv(fileName(), tableToCsv(columns, rows, csvLabels))}
      data-testid={testId}
    >
      {t('panel.csv')}
    </button>
  );
}
