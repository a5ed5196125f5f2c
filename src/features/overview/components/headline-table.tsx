import { useTranslation } from 'react-i18next';
import { localized } from '../../../lib/language';
import { formatGrowth, formatNumber, formatPeriodPart, formatUnsigned, parenthesize } from '../../../lib/format';
import { previousCumulativePeriod } from '../../../lib/periods';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { usePageFilters } from '../../../filters/use-global-filters';
import { elapsedShare } from '../../../domain/targets';
import { changeTone } from '../../../domain/indicators';
import {
  rateChangeWord,
  shownChange,
  targetsApply,
  type HeadlineColumns,
  type HeadlineRow,
  type TargetLight,
} from '../model/headline-rows';
import { SourceNote } from '../../../components/source-note';
import { FigureCell } from './figure-cell';

function LightCell({ light, testId }: { light: TargetLight; testId: string }) {
  const { t } = useTranslation(['overview', 'targets']);
  const language = useCurrentLanguage();
  if (light.kind === 'other-year' || light.kind === 'no-target') {
    return (
      <span className="overview-light overview-light--none" data-testid={testId} data-light="none">
        {t(light.kind === 'other-year' ? 'overview:light.otherYear' : 'overview:light.noTarget')}
      </span>
    );
  }
  const text = localized(light.target.text, language);
  if (light.kind === 'not-judged') {
    return (
      <span className="overview-light overview-light--none" data-testid={testId} data-light="none">
        <span className="overview-light__target">
          <SourceNote source={light.target.source}>{text}</SourceNote>
        </span>
        {/* Why, in the table's few words; the target list (/targets) gives the reason in full. */}
        <span className="overview-light__reason">
          {t(`overview:light.notJudged.${light.judgement.reason ?? 'no-data'}`)}
        </span>
      </span>
    );
  }
  const figure = light.judgement.figure?.observation ?? null;
  return (
    <span className={`overview-light overview-light--${light.lit}`} data-testid={testId} data-light={light.lit}>
      <span className="overview-light__dot" aria-hidden="true" />
      <span className="visually-hidden">{t(`overview:light.${light.lit}`)}</span>
      <span className="overview-light__status" data-status={light.judgement.status}>
        {t(`targets:status.${light.judgement.status}`)}
      </span>
      <span className="overview-light__target">
        <SourceNote source={light.target.source}>{text}</SourceNote>
      </span>
      {figure && <FigureCell figure={figure} testId={`${testId}-figure`} />}
    </span>
  );
}

/** The headline table: one row per indicator, every figure with its source. */
export function HeadlineTable({ rows, columns = 'all' }: { rows: readonly HeadlineRow[]; columns?: HeadlineColumns }) {
  const figures = columns !== 'targets';
  const targets = columns !== 'figures' && targetsApply(rows);
  const { t } = useTranslation(['overview', 'common']);
  const language = useCurrentLanguage();
  const { period } = usePageFilters();
  const elapsed = elapsedShare(period);
  const changeBase = previousCumulativePeriod(period) === null ? 'year-earlier' : 'previous-period';
  return (
    <table className="overview-table" data-testid="overview-headline">
      <thead>
        <tr>
          <th scope="col">{t('overview:columns.indicator')}</th>
          {figures && (
            <>
              <th scope="col">{t('overview:columns.level')}</th>
              <th scope="col">{t('overview:columns.growth')}</th>
              <th scope="col">
                {changeBase === 'year-earlier'
                  ? t('overview:columns.changeOnYearEarlier')
                  : t('overview:columns.changeOnPeriod', {
                      period: formatPeriodPart(previousCumulativePeriod(period)!, language),
                    })}
              </th>
              <th scope="col">{t('overview:columns.rank')}</th>
              <th scope="col">{t('overview:columns.provinceGap')}</th>
            </>
          )}
          {targets && (
            <th scope="col" className="overview-table__target">
              {t('overview:columns.target')}
              {elapsed !== null && (
                <span className="overview-table__sub">
                  {t('overview:light.elapsed', { share: formatNumber(elapsed, language, 0) })}
                </span>
              )}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const id = `overview-${row.indicator.id}`;
          const tone = row.growth ? changeTone(row.growth.value, row.indicator) : null;
          const { change } = shownChange(row, period);
          return (
            <tr key={row.indicator.id} data-testid={id}>
              <th scope="row">{localized(row.indicator.name, language)}</th>
              {figures && (
                <>
                  <td>
                    <FigureCell figure={row.level} testId={`${id}-level`} />
                  </td>
                  <td className={tone ? `overview-table__growth--${tone}` : undefined}>
                    <FigureCell figure={row.growth} testId={`${id}-growth`} />
                    {row.secondaryGrowth && (
                      <span className="overview-table__sub">
                        <FigureCell figure={row.secondaryGrowth} testId={`${id}-growth-secondary`} />
                      </span>
                    )}
                  </td>
                  <td>
                    {change && row.growth ? (
                      <FigureCell
                        figure={row.growth}
                        extraSources={[change.from]}
                        testId={`${id}-change`}
                        text={t(`overview:change.${rateChangeWord(change, row.growth)}`, {
                          points: formatUnsigned(change.value, language),
                        })}
                      />
                    ) : (
                      <span className="overview-table__none" data-testid={`${id}-change`} data-status="missing">
                        —
                      </span>
                    )}
                  </td>
                  <td>
                    <FigureCell figure={row.rank} testId={`${id}-rank`} />
                    {row.rankChange && (
                      <span className="overview-table__sub">
                        <FigureCell
                          figure={row.rankChange.previous}
                          testId={`${id}-rank-change`}
                          text={t(
                            row.rankChange.places > 0
                              ? 'overview:rankChange.up'
                              : row.rankChange.places < 0
                                ? 'overview:rankChange.down'
                                : 'overview:rankChange.flat',
                            { places: Math.abs(row.rankChange.places) },
                          )}
                        />
                      </span>
                    )}
                  </td>
                  <td>
                    {row.provinceGap ? (
                      <FigureCell
                        figure={row.provinceGap.province}
                        testId={`${id}-province-gap`}
                        // Under the heading 与全省比较 / Against the province, English need not repeat it.
                        text={`${t(
                          row.provinceGap.points > 0
                            ? 'overview:provinceGap.aboveInTable'
                            : row.provinceGap.points < 0
                              ? 'overview:provinceGap.belowInTable'
                              : 'overview:provinceGap.equalInTable',
                          { points: formatUnsigned(row.provinceGap.points, language) },
                        )}${parenthesize(
                          t('overview:provinceGap.province', {
                            value: formatGrowth(row.provinceGap.province.value, language),
                          }),
                          language,
                        )}`}
                      />
                    ) : (
                      <span className="overview-table__none" data-testid={`${id}-province-gap`} data-status="missing">
                        —
                      </span>
                    )}
                  </td>
                </>
              )}
              {targets && (
                <td className="overview-table__target">
                  <LightCell light={row.light} testId={`${id}-light`} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
