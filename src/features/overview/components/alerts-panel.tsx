import { useTranslation } from 'react-i18next';
import { useRegionName } from '../../../api/endpoints/regions';
import { formatGrowth, formatNumber, formatPeriodPart } from '../../../lib/format';
import { localized } from '../../../lib/language';
import { previousCumulativePeriod } from '../../../lib/periods';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { ALERT_RULES, ALERT_THRESHOLDS, type Alert } from '../model/alerts';
import type { HeadlineRow } from '../model/headline-rows';
import { FigureCell } from './figure-cell';

const abs = (value: number, language: 'zh-CN' | 'en') => formatNumber(Math.abs(value), language, 1);

function AlertDetail({ alert, rows }: { alert: Alert; rows: readonly HeadlineRow[] }) {
  const { t } = useTranslation(['overview', 'targets']);
  const language = useCurrentLanguage();
  const [figure] = alert.figures;
  const previous = previousCumulativePeriod(figure?.period ?? '');
  const status = rows.find((r) => r.indicator.id === alert.indicator.id)?.light;
  const params: Record<string, string | number> = {
    value: alert.rule === 'last-among-six' ? alert.value : abs(alert.value, language),
    points: abs(alert.value, language),
    previous: previous ? formatPeriodPart(previous, language) : '',
    status: status?.kind === 'judged' ? t(`targets:status.${status.judgement.status}`) : '',
  };
  if (alert.rule !== 'target') return <>{t(`overview:alerts.detail.${alert.rule}`, params)}</>;
  // An amount is read against 序时进度 (completion ÷ time elapsed), a rate as the growth itself.
  const judgement = status?.kind === 'judged' ? status.judgement : null;
  if (judgement?.completion != null && judgement.elapsed != null) {
    const completion = formatNumber(judgement.completion, language, 1);
    const elapsed = formatNumber(judgement.elapsed, language, 0);
    return <>{t('overview:alerts.detail.targetAmount', { ...params, completion, elapsed })}</>;
  }
  if (status?.kind === 'judged' && status.target.linked?.measure !== 'growth') {
    const value = `${formatNumber(alert.value, language)}${figure?.unit ?? ''}`;
    return <>{t('overview:alerts.detail.targetLevel', { ...params, value })}</>;
  }
  return <>{t('overview:alerts.detail.target', { ...params, value: formatGrowth(alert.value, language) })}</>;
}

/** 预警: each alert with its rule in words and its figures; the legend gives the thresholds. */
export function AlertsPanel({ alerts, rows }: { alerts: readonly Alert[]; rows: readonly HeadlineRow[] }) {
  const { t } = useTranslation('overview');
  const language = useCurrentLanguage();
  const nameOf = useRegionName();
  return (
    <div className="overview-alerts" data-testid="overview-alerts">
      {alerts.length === 0 ? (
        <p data-testid="alerts-none">{t('alerts.none')}</p>
      ) : (
        <ul className="overview-alerts__list">
          {alerts.map((alert) => (
            <li
              key={`${alert.rule}-${alert.indicator.id}-${alert.region}`}
              className="overview-alerts__item"
              data-testid="alert"
              data-rule={alert.rule}
              data-indicator={alert.indicator.id}
              data-region={alert.region}
            >
              <span className="overview-alerts__what">
                {nameOf(alert.region)} · {localized(alert.indicator.name, language)}：
                <AlertDetail alert={alert} rows={rows} />
              </span>
              <span className="overview-alerts__rule">{t(`alerts.rule.${alert.rule}`, rulesParams)}</span>
              <span className="overview-alerts__figures">
                {alert.figures.map((figure) => (
                  <FigureCell key={figure.id} figure={figure} testId="alert-figure" />
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="overview-alerts__legend" data-testid="alerts-legend">
        <strong>{t('alerts.legendTitle')}</strong>
        <ul>
          {ALERT_RULES.map((rule) => (
            <li key={rule} data-rule={rule}>
              {t(`alerts.rule.${rule}`, rulesParams)}
            </li>
          ))}
        </ul>
        <p>{t('alerts.legendNote')}</p>
      </div>
    </div>
  );
}

const rulesParams = {
  points: ALERT_THRESHOLDS.slowdownPoints,
  value: ALERT_THRESHOLDS.negativeGrowthBelow,
};
