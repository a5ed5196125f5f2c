import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useRegionName } from '../../api/endpoints/regions';
import { FILTER_REGION_IDS, type FilterRegion } from '../../domain/regions';
import { formatPeriod } from '../../lib/format';
import { DASHBOARD_PERIODS, type DashboardPeriod } from '../../lib/periods';
import { useCurrentLanguage } from '../../lib/use-current-language';
import { enterFullscreen } from '../presentation/fullscreen';
import {
  MAX_INTERVAL_SECONDS,
  MIN_INTERVAL_SECONDS,
  readWallSettings,
  viewLocation,
  WALL_PAGES,
  writeWallSettings,
  type WallPage,
  type WallView,
} from './wall-params';

/** A small dialog to set up the wall: which views, in which order, and how long each stays. */
export function WallDialog() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const regionName = useRegionName();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const dialog = useRef<HTMLDialogElement>(null);
  const [views, setViews] = useState<WallView[]>([]);
  const [interval, setInterval] = useState(30);

  const open = () => {
    const settings = readWallSettings(search);
    setViews(settings.views);
    setInterval(settings.interval);
    dialog.current?.showModal();
  };
  const start = () => {
    const first = views[0];
    if (!first) return;
    dialog.current?.close();
    enterFullscreen();
    const settings = writeWallSettings(search, views, interval);
    void navigate(viewLocation(first, settings));
  };
  const update = (index: number, change: Partial<WallView>) =>
    setViews((list) => list.map((view, i) => (i === index ? { ...view, ...change } : view)));

  return (
    <>
      <button type="button" className="header-button" onClick={open} data-testid="wall-button">
        {t('wall.open')}
      </button>
      <dialog ref={dialog} className="wall-dialog" aria-labelledby="wall-dialog-title" data-testid="wall-dialog">
        <h2 id="wall-dialog-title">{t('wall.title')}</h2>
        <p className="wall-dialog__hint">{t('wall.hint')}</p>
        <ol className="wall-dialog__views">
          {views.map((view, index) => (
            <li key={index} className="wall-dialog__view">
              <select
                aria-label={t('wall.page')}
                value={view.page}
                onChange={(e) => update(index, { page: e.target.value as WallPage })}
              >
                {WALL_PAGES.map((page) => (
                  <option key={page} value={page}>
                    {t(`nav.${page}`)}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('filters.region')}
                value={view.region ?? ''}
                onChange={(e) => update(index, { region: (e.target.value || undefined) as FilterRegion | undefined })}
              >
                <option value="">{t('wall.defaultRegion')}</option>
                {FILTER_REGION_IDS.map((id) => (
                  <option key={id} value={id}>
                    {regionName(id)}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('filters.period')}
                value={view.period ?? ''}
                onChange={(e) =>
                  update(index, { period: (e.target.value || undefined) as DashboardPeriod | undefined })
                }
              >
                <option value="">{t('wall.defaultPeriod')}</option>
                {DASHBOARD_PERIODS.map((id) => (
                  <option key={id} value={id}>
                    {formatPeriod(id, language)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setViews((list) => list.filter((_, i) => i !== index))}
                disabled={views.length === 1}
              >
                {t('wall.remove')}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setViews((list) => [...list, { page: 'economy' }])}
        >
          {t('wall.add')}
        </button>
        <label className="wall-dialog__interval">
          {t('wall.interval')}
          <input
            type="number"
            min={MIN_INTERVAL_SECONDS}
            max={MAX_INTERVAL_SECONDS}
            value={interval}
            onChange={(e) =>
              setInterval(Math.min(MAX_INTERVAL_SECONDS, Math.max(MIN_INTERVAL_SECONDS, Number(e.target.value) || 30)))
            }
            data-testid="wall-interval"
          />
        </label>
        <div className="wall-dialog__actions">
          <button type="button" className="button" onClick={start} data-testid="wall-start">
            {t('wall.start')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
            {t('wall.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
