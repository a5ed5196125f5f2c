/**
 * ECharts draws labels, titles and legends on the canvas, where text is only text; its tooltip is
 * HTML. Names in a tooltip come from the API, so every string that reaches a tooltip is escaped
 * here, and no chart is left to ECharts' own tooltip markup. Builders also put text of their own
 * input (units, source titles) into the markup they return: whatever a formatter returns is passed
 * through DOMPurify with a short list of tags, so text from the API can never become an element
 * with a handler or a script, even where a builder forgot to escape it.
 */
import DOMPurify from 'dompurify';
import type { ChartOption } from './echarts';

/** The markup a tooltip may contain: line breaks, emphasis, and the colour marker ECharts draws. */
const TOOLTIP_MARKUP = { ALLOWED_TAGS: ['br', 'strong', 'b', 'em', 'span', 'div'], ALLOWED_ATTR: ['style', 'class'] };

export function sanitizeTooltip(html: string): string {
  return DOMPurify.sanitize(html, TOOLTIP_MARKUP);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** A copy with every string escaped, at any depth; the colour marker ECharts builds is kept as is. */
export function escapeDeep<T>(value: T, key?: string): T {
  if (typeof value === 'string') return (key === 'marker' ? value : escapeHtml(value)) as T;
  if (Array.isArray(value)) return value.map((item) => escapeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v, k)])) as T;
  }
  return value;
}

export interface TooltipParam {
  marker?: string;
  seriesName?: string;
  name?: string;
  value?: unknown;
  data?: unknown;
  dataIndex?: number;
}

export type TooltipFormatter = (params: TooltipParam | TooltipParam[]) => string;

/** What a tooltip shows when a chart gives no formatter: name, then series and value per line. */
export const defaultTooltipFormatter: TooltipFormatter = (params) => {
  const list = Array.isArray(params) ? params : [params];
  const title = list[0]?.name ? `<strong>${list[0].name}</strong><br/>` : '';
  const rows = list.map((p) => `${p.marker ?? ''}${p.seriesName ?? ''}: ${String(p.value ?? '')}`);
  return title + rows.join('<br/>');
};

function secureTooltip<T extends object>(tooltip: T | undefined): T & { formatter: TooltipFormatter } {
  const given = (tooltip as { formatter?: unknown } | undefined)?.formatter;
  // A string template would be expanded by ECharts without escaping: charts must pass functions.
  const formatter = typeof given === 'function' ? (given as TooltipFormatter) : defaultTooltipFormatter;
  return { ...(tooltip ?? ({} as T)), formatter: (params) => sanitizeTooltip(formatter(escapeDeep(params))) };
}

/** The option with every tooltip (global and per series) escaping its data before formatting. */
export function withSafeTooltips(option: ChartOption): ChartOption {
  const tooltip = Array.isArray(option.tooltip)
    ? option.tooltip.map((t) => secureTooltip(t))
    : secureTooltip(option.tooltip);
  const series = Array.isArray(option.series)
    ? option.series.map((s) =>
        (s as { tooltip?: object }).tooltip ? { ...s, tooltip: secureTooltip((s as { tooltip?: object }).tooltip) } : s,
      )
    : option.series;
  return { ...option, tooltip, series } as ChartOption;
}
