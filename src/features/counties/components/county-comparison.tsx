import { useTranslation } from 'react-i18next';
import { ParamNotice, type NoticeItem } from '../../../filters/invalid-param-notice';
import { useRefusedParams } from '../../../filters/param-notices';
import { useViewPreferences } from '../../../filters/use-view-preferences';
import { useSlideRoom } from '../../../lib/slide-room';
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
  const { scope, invalidIndicator, invalidMeasure, dropParams } = useSelection();
  const { mode } = useViewPreferences();
  const room = useSlideRoom();
  // Ranking and map side by side, unless a slide is too narrow for two panels (34 rem each).
  const panelsPerSlide = mode === 'normal' ? 2 : Math.min(2, room.columns(3, 34, 1));
  // Refused by the URL guard before render (malformed values), or against the catalogue and the
  // figures once they are in (an unknown indicator, a measure without figures): one notice.
  const { refused, dismiss } = useRefusedParams('counties');
  const unknown: NoticeItem[] = [
    ...(invalidIndicator !== null ? [{ param: 'indicator', value: invalidIndicator, fallback: '' }] : []),
    ...(invalidMeasure !== null ? [{ param: 'measure', value: invalidMeasure, fallback: '' }] : []),
  ];
  const invalid: NoticeItem[] = [...refused, ...unknown].map(({ param, value }) => ({
    param,
    value,
    fallback: t(`notice.fallback.${param as 'indicator' | 'measure' | 'scope'}`),
  }));
  return (
    <div className="counties" data-testid="counties-page">
      <ParamNotice
        items={invalid}
        // The defaults already apply; dismissing takes the unknown values out of the link too.
        onDismiss={() => {
          dismiss();
          if (unknown.length > 0) dropParams(unknown.map((i) => i.param));
        }}
        testId="counties-invalid-param"
      />
      {scope === 'peers' ? (
        <PeersView />
      ) : (
        <>
          <p className="counties-note counties-note--intro">{t('intro')}</p>
          {/* Each block is a slide in presenter and wall modes, and a page in print. */}
          {panelsPerSlide === 2 ? (
            <div className="counties-grid" data-slide>
              <RankingPanel />
              <MapPanel />
            </div>
          ) : (
            // A narrow slide gives the ranking and the map one slide each.
            <>
              <div className="counties-grid" data-slide>
                <RankingPanel />
              </div>
              <div className="counties-grid" data-slide>
                <MapPanel />
              </div>
            </>
          )}
          <div className="counties-grid" data-slide>
            <ScatterPanel />
          </div>
          {/* The table marks its own slides: on a slide it is split by columns. */}
          <DistrictTable />
        </>
      )}
    </div>
  );
}
