import { useRegionName } from '../api/endpoints/regions';
import { usePageFilters } from '../filters/use-global-filters';
import { formatPeriod } from '../lib/format';
import { useCurrentLanguage } from '../lib/use-current-language';

/** On a wall screen the filters are hidden; this line says what the screen shows instead. */
export function WallContext() {
  const language = useCurrentLanguage();
  const { region, period } = usePageFilters();
  const name = useRegionName()(region);
  return (
    <p className="wall-context" data-testid="wall-context">
      {name} · {formatPeriod(period, language)}
    </p>
  );
}
