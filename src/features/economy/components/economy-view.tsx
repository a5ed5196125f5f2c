import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicators } from '../../../api/endpoints/indicators';
import { useRegionName } from '../../../api/endpoints/regions';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../../components/states/states';
import { CITY_REGION } from '../../../domain/regions';
import { usePageFilters } from '../../../filters/use-global-filters';
import { economyTargetsOptions } from '../api/use-indicator-series';
import { ECONOMY_INDICATORS, MAIN_INDICATORS } from '../model/main-indicators';
import { findGrowthTarget } from '../model/target-check';
import { KpiCard } from './kpi-card';
import { StructurePanel } from './structure-panel';
import { TrendPanel } from './trend-panel';
import './economy-view.css';

const chunks = <T,>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/**
 * The city-economy page for the selected area: headline cards, trends against the 2024 targets, and
 * the structure of the economy. A district gets the same layout with its place among the six.
 */
function EconomyViewBody() {
  const { t } = useTranslation(['economy', 'common']);
  const { region } = usePageFilters();
  const indicators = useIndicators(ECONOMY_INDICATORS);
  const nameOf = useRegionName();
  const targets = useQuery(economyTargetsOptions());

  if (indicators.isPending) return <LoadingState />;
  if (indicators.isError) return <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />;

  const regionName = nameOf(region);
  const byId = new Map(indicators.data.map((i) => [i.id, i]));
  const main = MAIN_INDICATORS.flatMap((m) => {
    const indicator = byId.get(m.id);
    return indicator ? [{ ...m, indicator }] : [];
  });
  const cityTarget = (id: string) => (targets.data ? findGrowthTarget(targets.data.targets, id, CITY_REGION) : null);

  return (
    <div className="economy-view">
      {region !== CITY_REGION && (
        <p className="economy-view__scope" data-testid="economy-scope">
          {t(region === 'binhai' ? 'economy:scope.zone' : 'economy:scope.district', { region: regionName })}
        </p>
      )}
      {targets.isError && (
        <p className="economy-view__scope" role="status">
          {t('economy:targetsUnavailable')}
        </p>
      )}
      <section aria-labelledby="economy-kpis">
        <h3 id="economy-kpis" className="section-title">
          {t('economy:sections.kpis')}
        </h3>
        {/* Six cards a slide in presenter mode: two rows of three fill a screen. */}
        {chunks(main, 6).map((chunk) => (
          <div className="kpi-grid" data-slide key={chunk[0]!.indicator.id}>
            {chunk.map(({ indicator }) => (
              <KpiCard
                key={indicator.id}
                indicator={indicator}
                regionName={regionName}
                cityTarget={cityTarget(indicator.id)}
              />
            ))}
          </div>
        ))}
      </section>
      <section aria-labelledby="economy-trends">
        <h3 id="economy-trends" className="section-title">
          {t('economy:sections.trends')}
        </h3>
        {/* Pairs of panels, so that presenter mode shows one pair per slide. */}
        {chunks(main, 2).map((pair) => (
          <div className="panel-grid" data-slide key={pair[0]!.indicator.id}>
            {pair.map(({ indicator, trendLevels }) => (
              <TrendPanel
                key={indicator.id}
                indicator={indicator}
                showLevels={trendLevels}
                regionName={regionName}
                cityTarget={cityTarget(indicator.id)}
              />
            ))}
          </div>
        ))}
      </section>
      <section aria-labelledby="economy-structure" data-slide>
        <h3 id="economy-structure" className="section-title">
          {t('economy:sections.structure')}
        </h3>
        <StructurePanel regionName={regionName} />
      </section>
    </div>
  );
}

/** Memoised: a navigation's pending state re-renders the route, not the page under it. */
export const EconomyView = memo(EconomyViewBody);
