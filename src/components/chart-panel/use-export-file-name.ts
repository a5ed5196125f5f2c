import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { metaQueryOptions } from '../../api/endpoints/meta';
import { exportFileName, type ExportExtension, type ExportNameParts } from '../../lib/export-name';
import { useCurrentLanguage } from '../../lib/use-current-language';

export type ExportView = Omit<ExportNameParts, 'language' | 'dataDate'>;

/** Names an export of the view in the page's language, with the dataset's as-of date (`lib/export-name.ts`). */
export function useExportFileName(): (view: ExportView, extension: ExportExtension) => string {
  const language = useCurrentLanguage();
  const dataDate = useQuery(metaQueryOptions()).data?.asOf;
  return useCallback(
    (view, extension) => exportFileName({ ...view, language, dataDate }, extension),
    [language, dataDate],
  );
}
