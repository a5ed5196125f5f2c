/**
 * ECharts draws labels, titles and legends on the canvas, where text is only text; its tooltip is
 * HTML. Names in a tooltip come from the API, so no chart hands ECharts a string for its tooltip:
 * a chart's formatter returns lines of text (with an optional emphasis and colour marker), and the
 * wrapper builds the tooltip from them as DOM nodes, every text set through `textContent` and every
 * colour through the CSSOM. Text from the API can then never become an element, and the tooltip
 * sets no `style` attribute, which a strict Content-Security-Policy (no 'unsafe-inline' styles)
 * would refuse.
 */
import type { TooltipComponentOption } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartOption } from './echarts';

/** One line of a tooltip: plain text, or text with an emphasis and a colour marker before it. */
export interface TooltipLine {
  text: string;
  /** Bold: the heading line (the name the tooltip is about). */
  strong?: boolean;
  /** A colour dot before the text, as ECharts draws for a series. */
  marker?: string;
}

export type TooltipContent = readonly (string | TooltipLine)[];

/** What ECharts passes a tooltip formatter, as far as the charts here read it. */
export interface TooltipParam {
  color?: unknown;
  seriesName?: string;
  name?: string;
  value?: unknown;
  data?: unknown;
  dataIndex?: number;
}

export type TooltipFormatter = (params: TooltipParam | TooltipParam[]) => TooltipContent;

/**
 * The data item a tooltip is about: the one under the pointer (trigger 'item') or the one at the
 * axis position (trigger 'axis', where every series' param has the same index).
 */
export function hoveredItem<T>(params: TooltipParam | TooltipParam[], items: readonly T[]): T | undefined {
  const first = Array.isArray(params) ? params[0] : params;
  return first?.dataIndex === undefined ? undefined : items[first.dataIndex];
}

/** What a tooltip shows when a chart gives no formatter: name, then series and value per line. */
export const defaultTooltipFormatter: TooltipFormatter = (params) => {
  const list = Array.isArray(params) ? params : [params];
  const title: TooltipLine[] = list[0]?.name ? [{ text: list[0].name, strong: true }] : [];
  const rows = list.map((p) => ({
    text: `${p.seriesName ?? ''}: ${String(p.value ?? '')}`,
    marker: typeof p.color === 'string' ? p.color : undefined,
  }));
  return [...title, ...rows];
};

/**
 * A chart's tooltip formatter, typed for the option: it returns lines, which the wrapper turns into
 * DOM (withSafeTooltips). Called directly (in unit tests), it gives the lines.
 */
export function tooltipFormatter(formatter: TooltipFormatter): TooltipComponentOption['formatter'] {
  return formatter as unknown as TooltipComponentOption['formatter'];
}

/** The tooltip's content as DOM: one block per line, every text as a text node. */
export function tooltipElement(content: TooltipContent | string, doc: Document = document): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'chart-tooltip';
  // A formatter that returned a string anyway (markup, perhaps) has it shown as text.
  for (const item of typeof content === 'string' ? [content] : content) {
    const line = typeof item === 'string' ? { text: item } : item;
    const row = doc.createElement('div');
    row.className = 'chart-tooltip__line';
    if (line.marker) {
      const marker = doc.createElement('span');
      marker.className = 'chart-tooltip__marker';
      marker.setAttribute('aria-hidden', 'true');
      // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
      marker.style.backgroundColor = line.marker;
      row.append(marker);
    }
    const text = doc.createElement(line.strong ? 'strong' : 'span');
    text.textContent = line.text;
    row.append(text);
    root.append(row);
  }
  return root;
}

type AnyTooltip = { formatter?: unknown; position?: unknown };

function secureTooltip<T extends object>(tooltip: T | undefined): T & { formatter: (params: never) => HTMLElement } {
  const given = (tooltip as AnyTooltip | undefined)?.formatter;
  // A string template would be expanded by ECharts into markup: charts must pass functions.
  const formatter = typeof given === 'function' ? (given as TooltipFormatter) : defaultTooltipFormatter;
  // Confined to the chart: a tooltip with a long name never reaches past the page's edge.
  const secured: AnyTooltip & { confine?: boolean } = { confine: true, ...(tooltip ?? {}) };
  // A named position ('top', 'left' …) makes ECharts add an arrow as markup with a style attribute.
  if (typeof secured.position === 'string') delete secured.position;
  secured.formatter = (params: TooltipParam | TooltipParam[]) => tooltipElement(formatter(params));
  return secured as T & { formatter: (params: never) => HTMLElement };
}

/** The option with every tooltip (global and per series) built as DOM from its formatter's lines. */
export function withSafeTooltips<T extends EChartsCoreOption>(option: T): T & Pick<ChartOption, 'tooltip'> {
  const given = option as Pick<ChartOption, 'tooltip' | 'series'>;
  const tooltip = Array.isArray(given.tooltip)
    ? given.tooltip.map((t) => secureTooltip(t))
    : secureTooltip(given.tooltip as object | undefined);
  const series = Array.isArray(given.series)
    ? given.series.map((s) =>
        (s as { tooltip?: object }).tooltip ? { ...s, tooltip: secureTooltip((s as { tooltip?: object }).tooltip) } : s,
      )
    : given.series;
  return { ...option, tooltip, series } as T & Pick<ChartOption, 'tooltip'>;
}
