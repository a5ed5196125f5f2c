import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservations } from '../../../api/endpoints/observations';
import { EChart } from '../../../components/charts/echart';
import { IllustrativeMarker } from '../../../components/illustrative-marker';
import { SourceDetails, SourceNote } from '../../../components/source-note';
import { ErrorState, LoadingState } from '../../../components/states/states';
import type { FigureStatus } from '../../../api/contract/common';
import { formatAmount, formatPercent, formatFigure, formatPeriod, formatPeriodAxis } from '../../../lib/format';
import { twoYearWindow } from '../../../lib/periods';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { buildTargetTrendOption } from '../charts/target-trend-option';
import { THRESHOLD_TEXT_VALUES } from '../../../domain/target-thresholds';
import { shortIndicatorName, type TrackerRow } from '../model/target-view';
import { formatProgressValue } from '../model/format-progress';
import { ProgressBar, StatusBadge, TargetValueText } from './status-parts';
import { localized, textKey } from '../../../lib/language';

/** The detail of one target: wording, the report's sentence, progress by period with sources, trend. */
export function TargetDetail({
  row,
  figureStatus,
  onClose,
}: {
  row: TrackerRow;
  figureStatus: FigureStatus | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('targets');
  const language = useCurrentLanguage();
  const lang = textKey(language);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { target } = row;

  // A modal <dialog>, as the wall dialog: the page behind is inert, so focus stays in the detail.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    headingRef.current?.focus();
  }, [target.id]);

  // Capture phase, before paint, and marked handled: this Esc closes the detail only, not the
  // presenter or wall mode under it (their key listener skips a handled key).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  const thresholds = { ...THRESHOLD_TEXT_VALUES, related: shortIndicatorName(row.related, language) };

  return (
    <dialog
      ref={dialogRef}
      className="target-detail"
      aria-labelledby="target-detail-title"
      data-testid="target-detail"
      onClose={onClose}
      // The panel fills the dialog box, so a click on the dialog itself is a click on the backdrop.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="target-detail__panel">
        <header className="target-detail__header">
          <span className="target-detail__area">{row.area?.name[lang]}</span>
          <button type="button" className="button button--quiet" onClick={onClose} data-testid="target-detail-close">
            {t('detail.close')}
          </button>
        </header>
        <h3 id="target-detail-title" className="target-detail__title" tabIndex={-1} ref={headingRef}>
          {target.text[lang]}
        </h3>
        {language !== 'zh-CN' && (
          <p className="target-detail__original" lang="zh-CN">
            {target.text.zh}
          </p>
        )}
        <dl className="target-detail__facts">
          <div>
            <dt>{t('detail.value')}</dt>
            <dd>
              <TargetValueText row={row} />
            </dd>
          </div>
          <div>
            <dt>{t('detail.kind')}</dt>
            <dd>{t(`kind.${target.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('detail.status')}</dt>
            <dd>
              <StatusBadge status={row.judgement.status} large />{' '}
              <span className="target-detail__period">{formatPeriod(row.judgement.period, language)}</span>
            </dd>
          </div>
        </dl>
        <p className="target-detail__rule">{t(`rule.${target.kind}`, thresholds)}</p>

        <h4 className="target-detail__subtitle">{t('detail.sentence')}</h4>
        <SourceDetails source={target.source} />

        <h4 className="target-detail__subtitle">{t('detail.progress')}</h4>
        <table className="target-detail__series" data-testid="target-detail-series">
          <thead>
            <tr>
              <th scope="col">{t('detail.period')}</th>
              <th scope="col">{t('detail.figure')}</th>
              <th scope="col">{t('table.bar')}</th>
              <th scope="col">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {row.series.map((judgement) => {
              const figureText = formatProgressValue(judgement, target, language);
              return (
                <tr key={judgement.period} data-period={judgement.period} data-status={judgement.status}>
                  <th scope="row">{formatPeriod(judgement.period, language)}</th>
                  <td>
                    {judgement.words && judgement.status === 'words' ? (
                      <>
                        {judgement.words[lang]}
                        {judgement.figure && <SourceNote source={judgement.figure.source} />}
                      </>
                    ) : figureText ? (
                      <>
                        {figureText}
                        {judgement.figure && <SourceNote source={judgement.figure.source} />}
                      </>
                    ) : (
                      '—'
                    )}
                    {judgement.caveats.map((caveat) => (
                      <span key={caveat} className="caveat-tag" title={t(`caveatHint.${caveat}`)}>
                        {t(`caveat.${caveat}`)}
                      </span>
                    ))}
                    {judgement.status === 'no-data' && (
                      <div className="progress-figure__reason">{t(`reason.${judgement.reason ?? 'no-progress'}`)}</div>
                    )}
                    {judgement.words && judgement.status !== 'words' && (
                      <div className="target-detail__words">{judgement.words[lang]}</div>
                    )}
                  </td>
                  <td>
                    <ProgressBar
                      judgement={judgement}
                      target={target}
                      comparedLabel={shortIndicatorName(row.related, language)}
                    />
                    {judgement.completion !== null && (
                      <span className="visually-hidden">{formatPercent(judgement.completion, language)}</span>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={judgement.status} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>

        {row.figures.length > 0 && (
          <>
            <h4 className="target-detail__subtitle">{t('detail.allFigures')}</h4>
            <ul className="target-detail__figures" data-testid="target-detail-figures">
              {row.figures.map((figure) => {
                // Words are shown as the period's progress but never judged: they do not count as "used".
                const used = row.series.some(
                  (j) => j.figure?.id === figure.id && j.status !== 'no-data' && j.status !== 'words',
                );
                const inWords = !used && row.series.some((j) => j.figure?.id === figure.id && j.status === 'words');
                return (
                  <li key={figure.id} data-used={used} data-in-words={inWords}>
                    <span className="target-detail__figure-period">{formatPeriod(figure.period, language)}</span>
                    <strong>
                      {figure.observation ? formatFigure(figure.observation, language) : (figure.text?.[lang] ?? '—')}
                    </strong>
                    {figure.completionShare && <span className="progress-figure__tag">{t('detail.share')}</span>}
                    <span className={used ? 'target-detail__used' : 'target-detail__unused'}>
                      {t(used ? 'detail.used' : inWords ? 'detail.inWords' : 'detail.notUsed')}
                    </span>
                    <SourceNote source={figure.source} />
                  </li>
                );
              })}
            </ul>
          </>
        )}

        <h4 className="target-detail__subtitle">{t('detail.trend')}</h4>
        {target.linked ? (
          <LinkedTrend row={row} figureStatus={figureStatus} />
        ) : (
          <p className="target-detail__none">{t('detail.noLinked')}</p>
        )}
      </div>
    </dialog>
  );
}

function LinkedTrend({ row, figureStatus }: { row: TrackerRow; figureStatus: FigureStatus | undefined }) {
  const { t } = useTranslation(['targets', 'common']);
  const language = useCurrentLanguage();
  const theme = useChartTheme();
  const { target, indicator } = row;
  const linked = target.linked!;
  // The target's year and the year before, as the trends elsewhere (2023 gives the base of 2024's growth).
  const periods = useMemo(() => twoYearWindow(`${target.year}FY`), [target.year]);
  const query = useObservations({
    regions: [target.owner],
    indicators: [linked.indicator],
    measures: [linked.measure],
    periods,
    status: figureStatus,
  });
  const indicatorName = indicator ? localized(indicator.name, language) : linked.indicator;

  const trend = useMemo(() => {
    if (!query.data) return null;
    const wantedBasis = indicator?.growthBasis === 'real' && linked.measure === 'growth' ? 'real' : null;
    const points = periods.map((period) => {
      const found = query.data.find(
        (o) => o.period === period && (wantedBasis === null || o.growthBasis === wantedBasis),
      );
      return { period, value: found?.value ?? null, illustrative: found?.status === 'illustrative', found };
    });
    const figures = points.filter((p) => p.value !== null);
    if (figures.length === 0) return { option: null, hasIllustrative: false, count: 0 };
    const sample = figures[0]!.found!;
    const sameUnit = target.unit !== null && target.value !== null && target.unit === sample.unit;
    const targetValue = sameUnit ? target.value : null;
    return {
      count: figures.length,
      hasIllustrative: points.some((p) => p.illustrative && p.value !== null),
      option: buildTargetTrendOption(
        {
          points,
          targetValue,
          targetLabel:
            targetValue === null
              ? ''
              : t('targets:detail.targetLine', { value: formatAmount(targetValue, target.unit!, language) }),
          seriesName: indicatorName,
          label: (id) => formatPeriod(id, language),
          axisLabel: (id) => formatPeriodAxis(id, language),
          formatValue: (v) => formatFigure({ ...sample, value: v }, language),
          illustrativeLabel: t('common:figure.illustrativeLong'),
          gapLabel: t('common:chart.gap'),
        },
        theme,
      ),
    };
  }, [query.data, indicator, linked.measure, target, periods, language, t, theme, indicatorName]);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />;
  if (!trend?.option)
    return <p className="target-detail__none">{t('targets:detail.noTrend', { name: indicatorName })}</p>;
  return (
    <div data-testid="target-detail-trend">
      <p className="target-detail__trend-name">
        {indicatorName}
        {indicator?.growthBasis === 'real' && linked.measure === 'growth' && (
          <span className="progress-figure__tag">{t('common:figure.growthReal')}</span>
        )}
      </p>
      <EChart option={trend.option} height={240} ariaLabel={`${t('common:chart.trend')}: ${indicatorName}`} />
      {trend.hasIllustrative && (
        <p className="target-detail__illustrative">
          <IllustrativeMarker /> {t('targets:detail.illustrativeTrend')}
        </p>
      )}
    </div>
  );
}
