import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../api/contract/common';
import type { TableColumn, TableRow } from '../../../components/data-table/table-model';
import { usePageFilters } from '../../../filters/use-global-filters';
import { CITY_REGION } from '../../../domain/regions';
import { formatPeriod } from '../../../lib/format';
import { BINHAI, SIX_DISTRICTS } from '../../../domain/regions';
import { figureFor, previousRankPeriod, rankDistricts } from '../model/ranking';
import { useSelection } from '../model/use-selection';
import { useFigureText } from './use-figure-text';
import { localized } from '../../../lib/language';

/** The ranking of the six for the chosen indicator, measure and period, and its table; shared by the bar chart and the map. */
export function useRankingData() {
  const { t } = useTranslation(['counties', 'common']);
  const text = useFigureText();
  const { period, region } = usePageFilters();
  const selection = useSelection();
  const { indicator, indicatorId, measure, observations } = selection;

  return useMemo(() => {
    const data = observations.data ?? [];
    const rows = rankDistricts({
      observations: data,
      districts: SIX_DISTRICTS,
      indicator: indicatorId,
      measure,
      period,
      higherIsBetter: indicator?.higherIsBetter ?? true,
    });
    const city = figureFor(data, CITY_REGION, indicatorId, measure, period);
    const binhai = figureFor(data, BINHAI, indicatorId, measure, period);
    const binhaiRank =
      data.find(
        (o) =>
          o.region === BINHAI &&
          o.period === period &&
          o.indicator === indicatorId &&
          o.measure === 'rank' &&
          o.rank?.scope === 'city' &&
          o.rank.basis === (measure === 'level' ? 'level' : 'growth'),
      ) ?? null;
    const previousPeriod = previousRankPeriod(period);
    const unit = indicator?.unit ?? '';
    const valueHeader = `${indicator ? localized(indicator.name, text.language) : indicatorId}${text.paren(text.unitLabel(measure, unit))}`;

    const columns: TableColumn[] = [
      { id: 'region', label: t('counties:table.region'), sortable: true },
      { id: 'rank', label: t('counties:rank.label'), numeric: true, sortable: true },
      { id: 'value', label: valueHeader, numeric: true, sortable: true, figure: true },
      {
        id: 'change',
        label: t('counties:rank.changeHeader', {
          period: previousPeriod ? formatPeriod(previousPeriod, text.language) : '—',
        }),
        numeric: true,
      },
    ];
    const tableRows: TableRow[] = rows.map((row) => ({
      id: row.region,
      highlighted: row.region === region,
      cells: {
        region: { text: text.regionName(row.region), sortValue: text.regionName(row.region) },
        rank: {
          text: row.rank ? `${text.rankText(row.rank)} · ${text.rankKind(row.rank)}` : '—',
          sortValue: row.rank?.value ?? null,
          csvValue: row.rank ? `${row.rank.value}${text.paren(text.rankKind(row.rank))}` : null,
          source: row.rank?.source ?? null,
        },
        value: row.figure
          ? {
              text: text.value(measure, row.figure.value, row.figure.unit),
              sortValue: row.figure.value,
              csvValue: row.figure.value,
              status: row.figure.status,
              source: row.figure.source,
            }
          : { text: '—', sortValue: null, status: 'missing' },
        change: { text: text.changeLong(row, previousPeriod) ?? '—', sortValue: row.rankChange },
      },
    }));
    const sources: Source[] = [
      ...rows.flatMap((r) => (r.figure ? [r.figure.source] : [])),
      ...(city ? [city.source] : []),
    ];
    const anyIllustrative = rows.some((r) => r.status === 'illustrative' || r.rank?.kind === 'illustrative');
    return {
      rows,
      city,
      binhai,
      binhaiRank,
      previousPeriod,
      columns,
      tableRows,
      sources,
      anyIllustrative,
      /** No rank is computed or taken: a figure or a stated rank of the six is second-hand. */
      unrankedSecondary: rows.some((r) => r.rankMissing === 'secondary'),
      unit,
      valueHeader,
      /** The tooltip of a district, the same on the ranking and the map. */
      tooltipOf: (row: (typeof rows)[number]) =>
        text.tooltipLines(
          text.regionName(row.region),
          row.figure,
          measure,
          row.rank,
          text.changeLong(row, previousPeriod),
        ),
    };
  }, [observations.data, indicatorId, indicator, measure, period, region, t, text]);
}
