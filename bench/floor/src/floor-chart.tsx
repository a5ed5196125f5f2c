import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { FloorChartData } from './floor-data';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/**
 * One chart, drawn at once, reporting on its figure the same way the dashboard's charts do:
 * `data-chart-state` is `drawing` from setOption until ECharts reports `finished`, then `ready`.
 */
export function FloorChart({ data }: { data: FloorChartData }) {
  const figureRef = useRef<HTMLElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const figure = figureRef.current!;
    const chart = echarts.init(canvasRef.current!, null, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('finished', () => figure.setAttribute('data-chart-state', 'ready'));
    return () => {
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    figureRef.current!.setAttribute('data-chart-state', 'drawing');
    const [first, second] = data.series;
    // As the dashboard's charts: no animation, so `finished` means drawn.
    chartRef.current!.setOption(
      {
        animation: false,
        title: { text: data.title, left: 8, textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis' },
        legend: { top: 4, right: 8 },
        grid: { left: 56, right: second ? 56 : 24, top: 48, bottom: 32 },
        xAxis: { type: 'category', data: data.categories },
        yAxis: second
          ? [{ type: 'value' }, { type: 'value', axisLabel: { formatter: '{value}%' } }]
          : { type: 'value' },
        series: [
          { type: data.kind, name: first!.name, data: first!.values },
          ...(second ? [{ type: 'line' as const, name: second.name, data: second.values, yAxisIndex: 1 }] : []),
        ],
      },
      { notMerge: true },
    );
  }, [data]);

  return (
    <figure ref={figureRef} className="echart" data-chart-state="waiting" aria-label={data.title}>
      <div ref={canvasRef} style={{ height: 360 }} />
    </figure>
  );
}
