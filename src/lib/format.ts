/**
 * The one place where numbers, units, growth rates, percentage points, ranks and periods become text.
 * Chinese keeps the units the sources use (7791亿元); English converts to the units an English reader
 * expects (¥779.1 bn); docs/domain.md (Figures) says why.
 */
import type { PublishedSource, Source } from '../api/contract/common';
import { localized, type Language } from './language';
import { parsePeriod, type PeriodPart } from './periods';

interface EnglishUnit {
  /** Multiply the source value by this to get the English unit. */
  scale: number;
  prefix?: string;
  suffix: string;
}

/** English rendering of each unit the dataset uses; a unit missing here is shown as written. */
const ENGLISH_UNITS: Record<string, EnglishUnit> = {
  亿元: { scale: 0.1, prefix: '¥', suffix: ' bn' },
  万元: { scale: 0.01, prefix: '¥', suffix: ' m' },
  元: { scale: 1, prefix: '¥', suffix: '' },
  亿美元: { scale: 0.1, prefix: 'US$', suffix: ' bn' },
  '%': { scale: 1, suffix: '%' },
  个百分点: { scale: 1, suffix: ' pp' },
  家: { scale: 1, suffix: ' firms' },
  个: { scale: 1, suffix: '' },
  项: { scale: 1, suffix: ' items' },
  件: { scale: 1, suffix: ' items' },
  人: { scale: 1, suffix: ' people' },
  名: { scale: 1, suffix: ' people' },
  万名: { scale: 10, suffix: 'k people' },
  条: { scale: 1, suffix: '' },
  座: { scale: 1, suffix: ' works' },
  场: { scale: 1, suffix: ' shows' },
  '万元/年': { scale: 10, prefix: '¥', suffix: 'k a year' },
  万人: { scale: 10, suffix: 'k people' },
  人次: { scale: 1, suffix: ' person-times' },
  万人次: { scale: 10, suffix: 'k person-times' },
  亩: { scale: 1, suffix: ' mu' },
  万亩: { scale: 10, suffix: 'k mu' },
  公顷: { scale: 1, suffix: ' ha' },
  公里: { scale: 1, suffix: ' km' },
  千米: { scale: 1, suffix: ' km' },
  万千瓦: { scale: 10, suffix: ' MW' },
  万千瓦时: { scale: 10, suffix: ' MWh' },
  亿千瓦时: { scale: 0.1, suffix: ' TWh' },
  万吨: { scale: 10, suffix: ' kt' },
  吨: { scale: 1, suffix: ' t' },
  万平方米: { scale: 0.01, suffix: ' km²' },
  平方米: { scale: 1, suffix: ' m²' },
  '微克/立方米': { scale: 1, suffix: ' μg/m³' },
  套: { scale: 1, suffix: ' units' },
  户: { scale: 1, suffix: ' households' },
  万户: { scale: 10, suffix: 'k households' },
  所: { scale: 1, suffix: ' schools' },
  张: { scale: 1, suffix: ' beds' },
  位: { scale: 1, suffix: '' },
  天: { scale: 1, suffix: ' days' },
  年: { scale: 1, suffix: ' years' },
  岁: { scale: 1, suffix: ' years' },
};

/** Formatters are costly to create and a page formats hundreds of numbers: each is made once. */
const formatters = new Map<string, Intl.NumberFormat>();
function cachedFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    formatters.set(key, format);
  }
  return format;
}

function numberFormat(language: Language, maximumFractionDigits: number, minimumFractionDigits = 0): Intl.NumberFormat {
  // 'min2' groups only from five digits on, as Chinese statistical texts write 7791 but 80,392.
  return cachedFormat(language, { maximumFractionDigits, minimumFractionDigits, useGrouping: 'min2' });
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return numberFormat(language, maximumFractionDigits).format(value);
}

/** A level with its unit: 7791亿元 / ¥779.1 bn; 80392元 / ¥80,392; 350家 / 350 firms. */
export function formatAmount(value: number, unit: string, language: Language): string {
  if (language === 'zh-CN') return `${formatNumber(value, language)}${unit}`;
  const english = ENGLISH_UNITS[unit];
  if (!english) return `${formatNumber(value, language)} ${unit}`;
  return `${english.prefix ?? ''}${formatNumber(scaleForDisplay(value, english.scale), language)}${english.suffix}`;
}

/**
 * A figure times a display scale, without the binary noise of the product (926.6 × 0.1 is
 * 92.66000000000001): for text, CSV cells and chart values alike.
 */
export function scaleForDisplay(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

/** Factor from the source unit to the unit shown: 0.1 for 亿元 → ¥ bn in English, else 1. */
export function displayScale(unit: string, language: Language): number {
  return language === 'zh-CN' ? 1 : (ENGLISH_UNITS[unit]?.scale ?? 1);
}

/** The unit alone, as a chart axis or a table header shows it: 亿元 / ¥ bn. */
export function formatUnit(unit: string, language: Language): string {
  if (language === 'zh-CN') return unit;
  const english = ENGLISH_UNITS[unit];
  if (!english) return unit;
  return `${english.prefix ?? ''}${english.suffix.trim()}`.trim() || unit;
}

/** A rate always signed and with one decimal, as officials quote growth: +7.8, -2.0, 0.0. */
function signedOneDecimal(value: number, language: Language): string {
  return cachedFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** Year-on-year growth: +7.8%, -2.0%, 0.0%. */
export function formatGrowth(value: number, language: Language): string {
  return `${signedOneDecimal(value, language)}%`;
}

/** A difference of two rates, in percentage points (never %): +0.3个百分点 / +0.3 pp. */
export function formatPointChange(value: number, language: Language): string {
  const text = signedOneDecimal(value, language);
  return language === 'zh-CN' ? `${text}个百分点` : `${text} pp`;
}

/**
 * A rate or a difference of rates without its sign, for text that says the direction in words
 * (下降2.0%, 回落0.3个百分点, 0.3 pp slower): one decimal always, 1.0 and not 1, as rates are written.
 */
export function formatUnsigned(value: number, language: Language): string {
  return cachedFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(value));
}

export type RankScope = 'province' | 'city';

const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });

function englishOrdinal(n: number): string {
  const suffixes: Record<Intl.LDMLPluralRule, string> = {
    one: 'st',
    two: 'nd',
    few: 'rd',
    other: 'th',
    zero: 'th',
    many: 'th',
  };
  return `${n}${suffixes[englishOrdinals.select(n)]}`;
}

/** 居全省第2位 / 2nd in Zhejiang; 居全市第1位 / 1st in Shaoxing. */
export function formatRank(rank: number, scope: RankScope, language: Language): string {
  if (language === 'zh-CN') return `居${scope === 'province' ? '全省' : '全市'}第${rank}位`;
  return `${englishOrdinal(rank)} in ${scope === 'province' ? 'Zhejiang' : 'Shaoxing'}`;
}

const PART_LABELS: Record<Language, Record<Exclude<PeriodPart, 'M'>, string>> = {
  'zh-CN': { Q1: '一季度', H1: '上半年', Q3: '前三季度', FY: '全年' },
  en: { Q1: 'Q1', H1: 'H1', Q3: 'Q1–Q3', FY: 'Full year' },
};

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The part of the year alone: 一季度 / Q1 … 全年 / Full year; 1—5月 / Jan–May. */
export function formatPeriodPart(id: string, language: Language): string {
  const period = parsePeriod(id);
  if (!period) return id;
  if (period.part === 'M') {
    return language === 'zh-CN' ? `1—${period.months}月` : `Jan–${ENGLISH_MONTHS[period.months - 1]}`;
  }
  return PART_LABELS[language][period.part];
}

/** Two short lines for a crowded axis: 一季度 / 2024, Q1 / 2024. */
export function formatPeriodAxis(id: string, language: Language): string {
  const period = parsePeriod(id);
  if (!period) return id;
  const part = period.part === 'Q3' && language === 'en' ? 'Q1–3' : formatPeriodPart(id, language);
  return `${part}\n${period.year}`;
}

/** A whole period: 2024年一季度 / Q1 2024; 2023年全年 / Full year 2023. */
export function formatPeriod(id: string, language: Language): string {
  const period = parsePeriod(id);
  if (!period) return id;
  const part = formatPeriodPart(id, language);
  return language === 'zh-CN' ? `${period.year}年${part}` : `${part} ${period.year}`;
}

/** A source date as precise as it was given: 2024-04-26 → 2024年4月26日 / 26 Apr 2024. */
export function formatSourceDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (language === 'zh-CN') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return String(year);
  return `${day ? `${day} ` : ''}${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/** A share or completion in percent, unsigned, one decimal at most: 47.3%, 56.2%. */
export function formatPercent(value: number, language: Language): string {
  return `${formatNumber(value, language, 1)}%`;
}

/** An aside in brackets as each language writes it: 名义（按现价计算） / nominal (current prices). */
export function parenthesize(inner: string, language: Language): string {
  return language === 'zh-CN' ? `（${inner}）` : ` (${inner})`;
}

/** A source's title in the reader's language; a Chinese-only source says it is in Chinese. */
export function sourceTitle(source: PublishedSource, language: Language): string {
  if (language === 'zh-CN') return source.title;
  return source.titleEn ?? `${source.title} (in Chinese)`;
}

/** The issuing body in the reader's language, where an English form is known. */
export function sourceIssuer(source: PublishedSource, language: Language): string {
  return language === 'zh-CN' ? source.issuer : (source.issuerEn ?? source.issuer);
}

/**
 * A source by name: title · issuer · date (and, for a secondary source, the 二手来源 mark), for
 * source lines, CSV cells and PNG captions. Never a file name or an internal key.
 */
export function formatSourceName(source: PublishedSource, language: Language): string {
  const zh = language === 'zh-CN';
  const parts = [sourceTitle(source, language), sourceIssuer(source, language)];
  parts.push(source.date ? formatSourceDate(source.date, language) : zh ? '未注明日期' : 'undated');
  const name = parts.join(' · ');
  return source.reliability === 'secondary' ? `${name}${parenthesize(secondaryMark(language), language)}` : name;
}

/** The mark of a figure from a secondary source, where no translation function is at hand (exports). */
export function secondaryMark(language: Language): string {
  return language === 'zh-CN' ? '二手来源' : 'second-hand source';
}

/** A source in one line, for a CSV cell: title · issuer · date, the address of a page, and the quote. */
export function formatSourceCitation(source: Source, language: Language): string {
  const zh = language === 'zh-CN';
  if (source.type === 'illustrative') return localized(source.method, language);
  const name = formatSourceName(source, language);
  const where = source.type === 'web' ? (zh ? `，${source.url}` : `, ${source.url}`) : '';
  return zh ? `${name}${where}：“${source.quote}”` : `${name}${where}: “${source.quote}”`;
}

interface FigureLike {
  measure: 'level' | 'growth' | 'rank' | 'change';
  value: number;
  unit: string;
  rank: { scope: RankScope } | null;
}

/** Any figure of the API, by its measure. */
export function formatFigure(figure: FigureLike, language: Language): string {
  switch (figure.measure) {
    case 'growth':
      return formatGrowth(figure.value, language);
    case 'change':
      return formatPointChange(figure.value, language);
    case 'rank':
      return formatRank(figure.value, figure.rank?.scope ?? 'province', language);
    case 'level':
      return formatAmount(figure.value, figure.unit, language);
  }
}
