import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../../api/contract/observations';
import { useRegions } from '../../../api/endpoints/regions';
import { ChartPanel } from '../../../components/chart-panel/chart-panel';
import { EChart } from '../../../components/charts/echart';
import type { TableCell, TableColumn, TableRow } from '../../../components/data-table/table-model';
import { EmptyState } from '../../../components/states/states';
import { CITY_REGION, regionName } from '../../../domain/regions';
import { isSecondarySource } from '../../../domain/reliability';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { usePageFilters } from '../../../filters/use-global-filters';
import {
  formatAmount,
  formatGrowth,
  formatPeriod,
  formatRank,
  formatUnsigned,
  parenthesize,
  secondaryMark,
} from '../../../lib/format';
import { localized } from '../../../lib/language';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { useCityComparison } from '../api/use-city-comparison';
import type { CityComparison } from '../model/city-ranking';
import { buildCitiesOption } from '../charts/cities-option';
import { PROVINCE_REGION } from '../model/headline-rows';
import { FigureCell } from './figure-cell';

function cell(figure: Observation | null, text: (f: Observation) => string): TableCell {
  if (!figure) return { text: '', status: 'missing', sortValue: null };
  return {
    text: text(figure),
    sortValue: figure.value,
    csvValue: figure.value,
    status: figure.status,
    source: figure.source,
  };
}

/**
 * The compact form of the 11 cities for one screen and one printed page: a table-chart, the cities
 * across, a row a compared indicator, each growth a bar over its figure (the figure carries its
 * source). The full chart panel replaces it where there is room (the CSS chooses).
 */
function CitiesStrip({
  comparisons,
  nameOf,
  pending,
}: {
  comparisons: readonly CityComparison[];
  pending: boolean;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation('overview');
  const language = useCurrentLanguage();
  if (pending) return null;
  if (comparisons.length === 0) {
    return (
      <p className="overview-strip" data-testid="cities-strip">
        {t('cities.empty')}
      </p>
    );
  }
  const regions = [...(comparisons[0]?.cities.map((c) => c.region) ?? []), PROVINCE_REGION];
  return (
    <table className="overview-strip" data-testid="cities-strip">
      <thead>
        <tr>
          {/* The rows are growth rates: said once, in the corner, rather than in every row's name. */}
          <th scope="col">{t('cities.stripCorner')}</th>
          {regions.map((region) => (
            <th
              key={region}
              scope="col"
              className={region === CITY_REGION ? 'overview-strip__selected' : undefined}
              data-region={region}
            >
              {nameOf(region)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparisons.map((c) => {
          const all = [...c.cities, c.province];
          const max = Math.max(...all.map((city) => Math.abs(city.growth?.value ?? 0)), 0.1);
          return (
            <tr key={c.indicator.id}>
              <th scope="row">{localized(c.indicator.name, language)}</th>
              {all.map((city, i) => {
                const region = regions[i]!;
                const growth = city.growth;
                return (
                  <td
                    key={region}
                    className={region === CITY_REGION ? 'overview-strip__selected' : undefined}
                    data-region={region}
                  >
                    {/* A bar only for a compared rate: a missing or nominal-only city gives its room to the words. */}
                    {growth && (
                      <span className="overview-strip__plot" aria-hidden="true">
                        <span
                          className={`overview-strip__bar${growth.value < 0 ? ' overview-strip__bar--negative' : ''}`}
                          style={{ width: `${(Math.abs(growth.value) / max) * 100}%` }}
                        />
                      </span>
                    )}
                    {growth || !city.nominalOnly ? (
                      <FigureCell
                        figure={growth}
                        testId={`strip-${c.indicator.id}-${region}`}
                        text={growth ? formatGrowth(growth.value, language) : undefined}
                      />
                    ) : (
                      <FigureCell
                        figure={city.nominalOnly}
                        testId={`strip-${c.indicator.id}-${region}`}
                        // The figure's 二手 mark follows it: the note need only say the rate is nominal.
                        text={`${formatGrowth(city.nominalOnly.value, language)}${parenthesize(t('cities.nominalShort'), language)}`}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Shaoxing among Zhejiang's 11 cities: its place and gap per indicator, a ranking and the table. */
export function CitiesPanel() {
  const { t } = useTranslation(['overview', 'common']);
  const language = useCurrentLanguage();
  const theme = useChartTheme();
  const { period } = usePageFilters();
  const shaoxingRegions = useRegions().data;
  const data = useCityComparison();

  const nameOf = useMemo(
    () => (id: string) =>
      id === PROVINCE_REGION
        ? t('overview:cities.provinceRow')
        : id === CITY_REGION
          ? regionName(shaoxingRegions, id, language, 'short')
          : regionName(data.regions, id, language, 'short'),
    [t, shaoxingRegions, data.regions, language],
  );

  const comparisons = data.comparisons ?? [];
  const charted = comparisons.find((c) => c.cities.filter((city) => city.growth).length > 1) ?? null;
  const columns: TableColumn[] = [
    { id: 'region', label: t('overview:cities.city') },
    ...comparisons.flatMap((c) => {
      const name = localized(c.indicator.name, language);
      const level = c.cities.some((city) => city.level)
        ? [
            {
              id: `${c.indicator.id}-level`,
              label: t('overview:cities.level', { indicator: name, unit: c.indicator.unit }),
              numeric: true,
              sortable: true,
              figure: true,
            },
          ]
        : [];
      return [
        ...level,
        {
          id: `${c.indicator.id}-growth`,
          label: t('overview:cities.growth', { indicator: name }),
          numeric: true,
          sortable: true,
          figure: true,
        },
      ];
    }),
  ];
  const regionIds = [...(comparisons[0]?.cities.map((c) => c.region) ?? []), PROVINCE_REGION];
  const rows: TableRow[] = regionIds.map((region) => ({
    id: region,
    highlighted: region === CITY_REGION,
    cells: {
      region: { text: nameOf(region), sortValue: region },
      ...Object.fromEntries(
        comparisons.flatMap((c) => {
          const figures = region === PROVINCE_REGION ? c.province : c.cities.find((city) => city.region === region);
          return [
            [`${c.indicator.id}-level`, cell(figures?.level ?? null, (f) => formatAmount(f.value, f.unit, language))],
            [
              `${c.indicator.id}-growth`,
              figures?.growth || !figures?.nominalOnly
                ? cell(figures?.growth ?? null, (f) => formatGrowth(f.value, language))
                : cell(
                    figures.nominalOnly,
                    (f) => `${formatGrowth(f.value, language)}${parenthesize(t('overview:cities.nominal'), language)}`,
                  ),
            ],
          ];
        }),
      ),
    },
  }));
  const sources = comparisons.flatMap((c) =>
    [...c.cities, c.province].flatMap((city) =>
      [city.level, city.growth, city.nominalOnly].flatMap((f) => (f ? [f.source] : [])),
    ),
  );

  const option = useMemo(() => {
    if (!charted) return null;
    const province = charted.province.growth;
    return buildCitiesOption(
      {
        bars: charted.cities.map((city) => ({
          region: city.region,
          name: nameOf(city.region),
          value: city.growth?.value ?? null,
          nominalOnly: city.nominalOnly !== null,
          selected: city.region === CITY_REGION,
          secondary: city.growth ? isSecondarySource(city.growth.source) : false,
        })),
        province: province
          ? {
              value: province.value,
              label: t('overview:cities.province', { value: formatGrowth(province.value, language) }),
            }
          : null,
        formatValue: (value) => formatGrowth(value, language),
        missingLabel: t('overview:cities.missing'),
        nominalOnlyLabel: t('overview:cities.nominalOnly'),
        secondaryLabel: secondaryMark(language),
        seriesName: localized(charted.indicator.name, language),
      },
      theme,
    );
  }, [charted, nameOf, t, language, theme]);

  const title = charted
    ? t('overview:cities.chartTitle', {
        indicator: localized(charted.indicator.name, language),
        period: formatPeriod(period, language),
      })
    : t('overview:cities.title');

  const unplaced = comparisons.filter((c) => !c.rank && !c.gap);
  return (
    <div className="overview-cities" data-testid="overview-cities">
      {comparisons.length > 0 && (
        <ul className="overview-cities__summary" data-testid="cities-summary">
          {/* The indicators with neither a place nor a gap say so in one line, not one line each. */}
          {unplaced.length > 1 && (
            <li data-testid="cities-rank-none">
              {t('overview:cities.rankNone', {
                indicator: unplaced
                  .map((c) => localized(c.indicator.name, language))
                  .join(language === 'zh-CN' ? '、' : ', '),
              })}
            </li>
          )}
          {comparisons
            .filter((c) => unplaced.length < 2 || !unplaced.includes(c))
            .map((c) => {
              const name = localized(c.indicator.name, language);
              return (
                <li key={c.indicator.id} data-indicator={c.indicator.id}>
                  {c.rank ? (
                    c.rank.origin === 'stated' && c.rank.observation ? (
                      <FigureCell
                        figure={c.rank.observation}
                        testId={`cities-rank-${c.indicator.id}`}
                        text={t('overview:cities.rankStated', {
                          indicator: name,
                          rank: formatRank(c.rank.value, 'province', language),
                        })}
                      />
                    ) : (
                      <span data-testid={`cities-rank-${c.indicator.id}`}>
                        {t('overview:cities.rankComputed', { indicator: name, rank: c.rank.value })}
                      </span>
                    )
                  ) : (
                    <span data-testid={`cities-rank-${c.indicator.id}`}>
                      {t('overview:cities.rankNone', { indicator: name })}
                    </span>
                  )}
                  {c.gap && (
                    <>
                      {language === 'zh-CN' ? '；' : '; '}
                      <FigureCell
                        figure={c.gap.province}
                        testId={`cities-gap-${c.indicator.id}`}
                        text={t(
                          c.gap.points > 0
                            ? 'overview:provinceGap.above'
                            : c.gap.points < 0
                              ? 'overview:provinceGap.below'
                              : 'overview:provinceGap.equal',
                          { points: formatUnsigned(c.gap.points, language) },
                        )}
                      />
                    </>
                  )}
                </li>
              );
            })}
        </ul>
      )}
      <CitiesStrip comparisons={comparisons} nameOf={nameOf} pending={data.isPending || data.isError} />
      <ChartPanel
        title={title}
        subtitle={t('overview:cities.subtitle')}
        testId="cities"
        query={{ isPending: data.isPending, isError: data.isError, error: data.error, refetch: data.refetch }}
        columns={columns}
        rows={comparisons.length === 0 ? [] : rows}
        sources={sources}
        exportName={{ page: 'overview', subject: ['zhejiang-cities'], period }}
        empty={<EmptyState message={t('overview:cities.empty')} />}
        chart={option ? <EChart option={option} height={360} ariaLabel={title} testId="cities-chart" /> : null}
      />
    </div>
  );
}
