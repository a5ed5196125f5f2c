import { useRegions } from '../../../api/endpoints/regions';
import { usePageFilters } from '../../../filters/use-global-filters';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { briefingText, type Briefing } from '../model/briefing-text';
import type { HeadlineRow } from '../model/headline-rows';

/** The briefing of the selected area and period, in the reader's language. */
export function useBriefing(rows: readonly HeadlineRow[] | undefined): Briefing | null {
  const language = useCurrentLanguage();
  const { region, period } = usePageFilters();
  const regions = useRegions().data;
  const area = regions?.find((r) => r.id === region);
  if (!rows || !area) return null;
  return briefingText({ rows, region: area, period, language });
}
