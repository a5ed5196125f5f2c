import { useTranslation } from 'react-i18next';
import type { TargetArea } from '../../../api/contract/targets';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { THRESHOLD_TEXT_VALUES } from '../../../domain/target-thresholds';
import { TARGET_STATUSES, type TargetStatus } from '../../../domain/targets';
import { countByStatus, type StatusCounts, type TrackerRow } from '../model/target-view';
import { StatusBadge } from './status-parts';
import { SourceLine } from '../../../components/chart-panel/source-line';
import { textKey } from '../../../lib/language';

/**
 * Which part of the overview to show: both on a page; on a slide the counts and the work areas are
 * slides of their own, so that neither is shrunk below reading size to share a screen.
 */
export type OverviewPart = 'all' | 'counts' | 'areas';

/** Counts by status for the whole scope; each tile filters the list to its status. */
export function StatusOverview({
  rows,
  areas,
  periodLabel,
  scopeLabel,
  activeStatus,
  onStatus,
  onArea,
  part = 'all',
  partLabel,
}: {
  part?: OverviewPart;
  /** Which of the slides of work areas this is ("1/2"), when there are several. */
  partLabel?: string;
  rows: readonly TrackerRow[];
  areas: readonly TargetArea[];
  periodLabel: string;
  scopeLabel: string;
  activeStatus: TargetStatus | undefined;
  onStatus: (status: TargetStatus | undefined) => void;
  onArea: (area: string) => void;
}) {
  const { t } = useTranslation('targets');
  const language = useCurrentLanguage();
  const lang = textKey(language);
  const counts = countByStatus(rows);
  const sum = TARGET_STATUSES.reduce((total, s) => total + counts[s], 0);
  const byArea = [...areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => ({ area, counts: countByStatus(rows.filter((r) => r.target.area === area.id)) }))
    .filter((entry) => entry.counts.total > 0);
  // The counts rest on the targets (the report that sets them) and on the figures each is judged by.
  const sources = rows.flatMap((row) => [
    row.target.source,
    ...(row.judgement.figure ? [row.judgement.figure.source] : []),
  ]);
  const showCounts = part !== 'areas';
  const showAreas = part !== 'counts';
  const titleId =
    part === 'areas'
      ? `targets-overview-areas-title${partLabel ? `-${partLabel.replace('/', '-')}` : ''}`
      : 'targets-overview-title';

  return (
    <section
      className="targets-overview"
      aria-labelledby={titleId}
      data-testid={part === 'areas' ? 'targets-overview-areas' : 'targets-overview'}
    >
      <h3 id={titleId} className="targets-section-title">
        {t('overview.title', { scope: scopeLabel, period: periodLabel })}
        {partLabel && ` (${partLabel})`}
      </h3>
      {showCounts && (
        <>
          <div className="targets-overview__tiles">
            <div className="status-tile status-tile--total" data-testid="count-total" data-count={counts.total}>
              <span className="status-tile__count">{counts.total}</span>
              <span className="status-tile__label">{t('overview.total')}</span>
            </div>
            {TARGET_STATUSES.map((status) => (
              <button
                key={status}
                type="button"
                className={`status-tile status-tile--${status}${activeStatus === status ? ' status-tile--active' : ''}`}
                aria-pressed={activeStatus === status}
                onClick={() => onStatus(activeStatus === status ? undefined : status)}
                data-testid={`count-${status}`}
                data-count={counts[status]}
              >
                <span className="status-tile__count">{counts[status]}</span>
                <StatusBadge status={status} />
              </button>
            ))}
          </div>
          <p className="targets-overview__check" data-testid="count-check">
            {t('overview.sumCheck', { sum, total: counts.total })}
          </p>
        </>
      )}

      {showAreas && (
        <table className="area-matrix" data-testid="area-matrix">
          <caption className="visually-hidden">{t('overview.byArea')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.area')}</th>
              <th scope="col" className="area-matrix__num">
                {t('overview.totalShort')}
              </th>
              {TARGET_STATUSES.map((status) => (
                <th key={status} scope="col" className="area-matrix__num">
                  {t(`statusShort.${status}`)}
                </th>
              ))}
              <th scope="col" className="area-matrix__bar-head">
                {t('overview.distribution')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byArea.map(({ area, counts: c }) => (
              <tr key={area.id} data-area={area.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onArea(area.id)}>
                    {area.name[lang]}
                  </button>
                </th>
                <td className="area-matrix__num">{c.total}</td>
                {TARGET_STATUSES.map((status) => (
                  <td key={status} className={`area-matrix__num${c[status] === 0 ? ' area-matrix__zero' : ''}`}>
                    {c[status]}
                  </td>
                ))}
                <td className="area-matrix__bar">
                  <StackedBar counts={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SourceLine sources={sources} />
    </section>
  );
}

function StackedBar({ counts }: { counts: StatusCounts }) {
  if (counts.total === 0) return null;
  return (
    <span className="stacked-bar" aria-hidden="true">
      {TARGET_STATUSES.filter((s) => counts[s] > 0).map((status) => (
        <span
          key={status}
          className={`stacked-bar__part stacked-bar__part--${status}`}
          style={{ flexGrow: counts[status] }}
        />
      ))}
    </span>
  );
}

/** What each status means, with the thresholds of THRESHOLDS. */
export function StatusLegend() {
  const { t } = useTranslation('targets');
  const values = THRESHOLD_TEXT_VALUES;
  return (
    <details className="status-legend" data-testid="status-legend" open>
      <summary className="status-legend__summary">{t('legend.title')}</summary>
      <dl className="status-legend__list">
        {TARGET_STATUSES.map((status) => (
          <div key={status} className="status-legend__item">
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd>{t(`legend.${status}`, values)}</dd>
          </div>
        ))}
      </dl>
      <p className="status-legend__rules">{t('legend.rules', values)}</p>
    </details>
  );
}
