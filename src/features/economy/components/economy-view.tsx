import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicators } from '../../../api/endpoints/indicators';
import { useRegionName } from '../../../api/endpoints/regions';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../../components/states/states';
import { CITY_REGION } from '../../../domain/regions';
import { usePageFilters } from '../../../filters/use-global-filters';
import { useViewPreferences } from '../../../filters/use-view-preferences';
import { splitIntoParts, useSlideRoom } from '../../../lib/slide-room';
import { economyTargetsOptions } from '../api/use-indicator-series';
import { ECONOMY_INDICATORS, MAIN_INDICATORS } from '../model/main-indicators';
import { findGrowthTarget } from '../model/target-check';
import { KpiCard } from './kpi-card';
import { StructurePanel } from './structure-panel';
import { TrendPanel } from './trend-panel';
import './economy-view.css';

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
  const { mode } = useViewPreferences();
  const room = useSlideRoom();
  // On paper and on the desk: six cards and two panels a block. On a slide, as many as the screen
  // holds at reading size, never shrunk to fit: up to three cards a row (a card needs about 22 rem
  // across, or its target and source wrap until it outgrows the screen's height), rows of about
  // 24 rem; a panel needs 36 rem across (its source line is long). A slide's last few cards share
  // its width between them.
  const slides = mode !== 'normal';
  const kpiColumns = slides ? Math.min(3, room.columns(3, 22, 1)) : 3;
  const kpisPerBlock = slides ? kpiColumns * Math.min(2, room.rows(6, 24, 1)) : 6;
  const panelsPerBlock = slides ? Math.min(2, room.columns(3, 36, 1)) : 2;

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
        {splitIntoParts(main, kpisPerBlock).map((chunk) => (
          <div
            className="kpi-grid"
            data-slide
            key={chunk[0]!.indicator.id}
            style={slides ? ({ '--kpi-columns': Math.min(kpiColumns, chunk.length) } as CSSProperties) : undefined}
          >
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
        {/* Pairs of panels (one on a narrow slide): presenter mode shows a block per slide. */}
        {splitIntoParts(main, panelsPerBlock).map((pair) => (
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
