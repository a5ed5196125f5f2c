import { useTranslation } from 'react-i18next';
import { formatSourceCitation } from '../../lib/format';
import { useCurrentLanguage } from '../../lib/use-current-language';
import type { CsvLabels } from './table-model';

/** Column headers and cell texts of the status and source columns, in the current language. */
export function useCsvLabels(): CsvLabels {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return {
    statusHeader: (column) => t('table.statusOf', { column }),
    sourceHeader: (column) => t('table.sourceOf', { column }),
    status: (status, secondary) => t(secondary ? 'table.status.secondary' : `table.status.${status}`),
    source: (source) => formatSourceCitation(source, language),
  };
}
