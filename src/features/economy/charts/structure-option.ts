/**
 * 三次产业结构 over the periods: one 100% stacked bar per period, primary → tertiary, labelled with
 * the shares. Periods built on an illustrative level are hatched; the selected period is outlined.
 */
import { hoveredItem, tooltipFormatter } from '../../../lib/chart-escape';
import { labelledGrid, numberLabel, topLegend } from '../../../lib/chart-parts';
import type { ChartTheme } from '../../../lib/chart-theme';
import type { ChartOption } from '../../../lib/echarts';
import { illustrativeBarStyle } from '../../../lib/illustrative-style';
import type { SectorShares } from '../model/sector-shares';

export interface StructureOptionInput {
  rows: readonly SectorShares[];
  selectedPeriod: string;
  labels: {
    period: (period: string) => string;
    sectors: readonly [string, string, string];
    illustrative: string;
    formatShare: (value: number) => string;
  };
  theme: ChartTheme;
}

const STACK_ORDER = [1, 2, 0] as const;

export function buildStructureOption({ rows, selectedPeriod, labels, theme }: StructureOptionInput): ChartOption {
  const colors = [theme.categorical[2], theme.categorical[0], theme.categorical[1]];
  const axisText = { color: theme.mutedText, fontSize: theme.fontSize.axis };
  return {
    animation: false,
    grid: labelledGrid({ left: 12, right: 12, top: 44, bottom: 8 }),
    legend: topLegend(labels.sectors, theme, { toggles: true }),
    tooltip: {
      trigger: 'axis',
      formatter: tooltipFormatter((params) => {
        const row = hoveredItem(params, rows);
        if (!row) return [];
        const lines = labels.sectors.map((name, i) => ({
          text: `${name}: ${labels.formatShare(row.shares[i]!)}`,
          marker: colors[i],
        }));
        return [
          { text: labels.period(row.period), strong: true },
          ...lines,
          ...(row.illustrative ? [labels.illustrative] : []),
        ];
      }),
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => labels.period(r.period)),
      axisLabel: { ...axisText, interval: 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.axisLine } },
    },
    yAxis: {
      type: 'value',
      max: 100,
      axisLabel: { ...axisText, formatter: '{value}%' },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    // The small primary share sits on top of the stack so that its label fits above the bar;
    // the legend keeps the conventional order.
    series: STACK_ORDER.map((sector) => ({
      name: labels.sectors[sector],
      type: 'bar' as const,
      stack: 'structure',
      barMaxWidth: 56,
      itemStyle: { color: colors[sector] },
      // A share too small for its label to fit is read in the tooltip and the table.
      labelLayout: { hideOverlap: true },
      label: {
        show: true,
        color: sector === 0 ? theme.text : theme.onFill,
        fontWeight: 600,
        fontSize: theme.fontSize.label,
        position: sector === 0 ? ('top' as const) : ('inside' as const),
        formatter: numberLabel(labels.formatShare),
      },
      data: rows.map((row) => ({
        value: row.shares[sector],
        // Faded illustrative bars need dark labels to stay readable.
        label: row.illustrative ? { color: theme.text, textBorderColor: theme.surface, textBorderWidth: 3 } : undefined,
        itemStyle: row.illustrative
          ? illustrativeBarStyle(theme, { selected: row.period === selectedPeriod, fill: colors[sector] })
          : {
              color: colors[sector],
              borderColor: row.period === selectedPeriod ? theme.highlight : 'transparent',
              borderWidth: row.period === selectedPeriod ? 3 : 0,
            },
      })),
    })),
  } satisfies ChartOption;
}
