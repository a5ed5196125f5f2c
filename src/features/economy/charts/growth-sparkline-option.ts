import type { ChartTheme } from '../../../lib/chart-theme';
import { gapConnector } from '../../../lib/chart-layout';
import {
  periodAxis,
  periodLine,
  periodPointTooltip,
  selectedMarkStyle,
  type PeriodLineText,
} from '../../../lib/chart-parts';
import type { ChartOption } from '../../../lib/echarts';
import { illustrativePointStyle } from '../../../lib/illustrative-style';
import type { TrendPoint } from '../model/kpi-figures';

export interface SparklineInput extends PeriodLineText {
  points: readonly TrendPoint[];
  selectedPeriod: string;
  theme: ChartTheme;
}

/** A small growth trend: a line over the periods, the selected one marked, illustrative points hollow. */
export function buildGrowthSparklineOption(input: SparklineInput): ChartOption {
  const { points, selectedPeriod, label, axisLabel, formatValue, seriesName, illustrativeLabel, theme } = input;
  const connector = gapConnector(
    points.map((p) => p.value),
    { name: input.gapLabel, theme },
  );
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 22, bottom: 34, containLabel: false },
    xAxis: periodAxis(points, { label, axisLabel }, theme, { fontSize: 11, lineHeight: 13 }),
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: {
      trigger: 'item',
      formatter: periodPointTooltip(points, formatValue, illustrativeLabel),
    },
    series: [
      periodLine({ seriesName, formatValue }, theme, {
        labelSize: 11,
        data: points.map((p) => {
          const selected = p.period === selectedPeriod;
          return {
            value: p.value ?? '-',
            // The selected period: a larger diamond outlined in the text colour, visible in every theme.
            symbol: selected ? 'diamond' : 'circle',
            symbolSize: selected ? 12 : 6,
            itemStyle: p.illustrative
              ? illustrativePointStyle(theme, { selected })
              : selected
                ? selectedMarkStyle(theme, 1.5)
                : { color: theme.primary, borderColor: theme.primary, borderWidth: 1 },
          };
        }),
      }),
      // Beneath the line (z) across a period with no figure.
      ...(connector ? [connector] : []),
    ],
  } satisfies ChartOption;
}
