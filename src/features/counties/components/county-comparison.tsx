import { useTranslation } from 'react-i18next';
import { useSelection } from '../model/use-selection';
import { DistrictTable } from './district-table';
import { MapPanel } from './map-panel';
import { PeersView } from './peers-view';
import { RankingPanel } from './ranking-panel';
import { ScatterPanel } from './scatter-panel';
import './counties.css';

/** The county comparison: the six on one indicator (ranking, map, level vs growth, table), or the provincial peers. */
export function CountyComparison() {
  const { t } = useTranslation('counties');
  const { scope, invalidIndicator, invalidMeasure, invalidScope } = useSelection();
  return (
    <div className="counties" data-testid="counties-page">
      {(invalidIndicator || invalidMeasure || invalidScope) && (
        <p className="counties-notice" role="status" data-testid="counties-invalid-param">
          {invalidIndicator && t('notice.invalidIndicator', { value: invalidIndicator })}{' '}
          {invalidMeasure && t('notice.invalidMeasure', { value: invalidMeasure })}{' '}
          {invalidScope && t('notice.invalidScope', { value: invalidScope })}
        </p>
      )}
      {scope === 'peers' ? (
        <PeersView />
      ) : (
        <>
          <p className="counties-note counties-note--intro">{t('intro')}</p>
          {/* Each block is a slide in presenter and wall modes, and a page in print. */}
          <div className="counties-grid" data-slide>
            <RankingPanel />
            <MapPanel />
          </div>
          <div className="counties-grid" data-slide>
            <ScatterPanel />
          </div>
          <div data-slide>
            <DistrictTable />
          </div>
        </>
      )}
    </div>
  );
}
