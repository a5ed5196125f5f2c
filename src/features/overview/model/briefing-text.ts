/**
 * 运行简析: a few paragraphs in the register of a statistics bureau's release, written from
 * templates out of the headline rows, in Chinese or in plain official English. Pure and
 * deterministic: the same rows give the same text. Every number is a figure segment carrying the
 * observations it is read from, so the page links it to its source and the Word document gives it
 * a footnote.
 *
 * Rules the text keeps:
 * - 增长 / 下降 with the sign's meaning (下降2.1%, never 增长-2.1%); 持平 at zero;
 * - the change of a rate on the same period a year earlier, as a bulletin gives it: 比上年同期加快 /
 *   回落 …个百分点, 增速与上年同期持平, and for two falls 降幅收窄 / 扩大; none where last year's rate
 *   is missing or of another basis (the previous cumulative period is the alerts' measure, not the
 *   text's); gaps: 高于 / 低于 / 持平于全省;
 * - amounts in the source's unit (亿元, 万元, 元); in English, billion / million yuan;
 * - a second-hand figure says so right after it (（二手来源）);
 * - illustrative figures are left out (as `illustrative=hide` would): no clause is built on one,
 *   and a closing note says how many were left out.
 */
import { formatUnsigned } from '../../../lib/format';
import type { LocalizedText } from '../../../api/contract/common';
import type { Observation } from '../../../api/contract/observations';
import { isSecondarySource } from '../../../domain/reliability';
import { localized, type Language } from '../../../lib/language';
import { parsePeriod } from '../../../lib/periods';
import { rateChangeWord, type HeadlineRow, type RateChangeWord } from './headline-rows';

export type Segment =
  | { kind: 'text'; text: string }
  /** A number of the text and the observations it is read from (the first is the one cited). */
  | { kind: 'figure'; text: string; observations: readonly Observation[] }
  /**
   * The second-hand mark right after a figure: words in the copied and the Word text (（二手来源）),
   * the app's 二手 badge on screen, as everywhere else on the page.
   */
  | { kind: 'secondary-mark'; text: string };

export interface Paragraph {
  segments: Segment[];
}

export interface Briefing {
  paragraphs: Paragraph[];
  /** Figures left out because they are illustrative. */
  illustrativeLeftOut: number;
}

export type RegionKind = 'prefecture-city' | 'district' | 'county' | 'county-level-city' | 'functional-zone' | string;

export interface BriefingInput {
  rows: readonly HeadlineRow[];
  region: { kind: RegionKind; name: LocalizedText };
  period: string;
  language: Language;
}

/** The indicator that opens the text, and the two groups that follow it (the rest of the economy, incomes). */
const OPENING = 'gdp';
const INCOMES = new Set(['disposable_income', 'urban_disposable_income', 'rural_disposable_income']);

/** The area as a release names it: 全市 (诸暨、嵊州 are 县级市), 全区, 全县, or a zone by name. */
export function areaWord(region: BriefingInput['region'], language: Language): string {
  const zh = language === 'zh-CN';
  switch (region.kind) {
    case 'prefecture-city':
    case 'county-level-city':
      return zh ? '全市' : "the city's";
    case 'district':
      return zh ? '全区' : "the district's";
    case 'county':
      return zh ? '全县' : "the county's";
    default:
      return zh ? localized(region.name, language) : `${localized(region.name, language)}'s`;
  }
}

const ZH_PARTS = { Q1: '一季度', H1: '上半年', Q3: '前三季度', FY: '全年' } as const;
const EN_PARTS = {
  Q1: 'the first quarter',
  H1: 'the first half',
  Q3: 'the first three quarters',
  FY: 'the year',
} as const;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 一季度 / 上半年 / 前三季度 / 全年 (1—5月), and the English "the first quarter" … */
export function periodWords(period: string, language: Language): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  if (parsed.part === 'M') {
    return language === 'zh-CN' ? `1—${parsed.months}月` : `January–${EN_MONTHS[parsed.months - 1]}`;
  }
  return language === 'zh-CN' ? ZH_PARTS[parsed.part] : EN_PARTS[parsed.part];
}

/** The opening words: 2024年一季度， / In the first quarter of 2024, / In 2023, */
function opening(period: string, language: Language): string {
  const parsed = parsePeriod(period);
  if (!parsed) return '';
  if (language === 'zh-CN') return `${parsed.year}年${periodWords(period, language)}，`;
  if (parsed.part === 'FY') return `In ${parsed.year}, `;
  return `In ${periodWords(period, language)} of ${parsed.year}, `;
}

/** An amount in the source's unit; in English 亿元 and 万元 are read as billion and ten-thousand yuan. */
export function amountWords(value: number, unit: string, language: Language): string {
  if (language === 'zh-CN') return `${value}${unit}`;
  const trim = (n: number) => String(Math.round(n * 100) / 100);
  if (unit === '亿元') return `${trim(value / 10)} billion yuan`;
  if (unit === '万元') return `${trim(value / 100)} million yuan`;
  if (unit === '元') return `${value.toLocaleString('en')} yuan`;
  return `${value} ${unit}`;
}

function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Builds one clause from text and figures; a second-hand figure is followed by its mark. */
class Clause {
  readonly segments: Segment[] = [];
  constructor(private readonly language: Language) {}
  text(text: string): this {
    const last = this.segments.at(-1);
    if (last?.kind === 'text') last.text += text;
    else this.segments.push({ kind: 'text', text });
    return this;
  }
  figure(text: string, observations: readonly Observation[]): this {
    this.segments.push({ kind: 'figure', text, observations });
    if (observations.some((o) => isSecondarySource(o.source))) {
      this.segments.push({
        kind: 'secondary-mark',
        text: this.language === 'zh-CN' ? '（二手来源）' : ' (second-hand source)',
      });
    }
    return this;
  }
}

const illustrative = (o: Observation | null | undefined) => o?.status === 'illustrative';

/** The figures of a row the text may use: illustrative ones are left out, and counted. */
function usable(row: HeadlineRow) {
  const level = row.level && !illustrative(row.level) ? row.level : null;
  const growth = row.growth && !illustrative(row.growth) ? row.growth : null;
  const rank = row.rank && !illustrative(row.rank) ? row.rank : null;
  const change = growth && row.change && !row.change.illustrative ? row.change : null;
  const gap = growth && row.provinceGap && !row.provinceGap.illustrative ? row.provinceGap : null;
  const leftOut = [
    illustrative(row.level),
    illustrative(row.growth),
    illustrative(row.rank),
    Boolean(row.change?.illustrative),
    Boolean(row.provinceGap?.illustrative),
  ].filter(Boolean).length;
  return { level, growth, rank, change, gap, leftOut };
}

function indicatorClause(
  row: HeadlineRow,
  figures: ReturnType<typeof usable>,
  input: BriefingInput,
  first: boolean,
): Segment[] | null {
  const { language } = input;
  const zh = language === 'zh-CN';
  const { level, growth, rank, change, gap } = figures;
  if (!level && !growth) return null;
  const name = localized(row.indicator.name, language);
  const c = new Clause(language);
  const isOpening = row.indicator.id === OPENING;

  if (zh) {
    if (first) c.text(`${opening(input.period, language)}${areaWord(input.region, language)}`);
    if (level) c.text(isOpening ? `实现${name}` : name).figure(amountWords(level.value, level.unit, language), [level]);
    else c.text(name);
    if (growth) {
      const basis =
        growth.growthBasis === 'nominal' && row.indicator.growthBasis === 'real'
          ? '按现价计算，'
          : isOpening
            ? '按可比价格计算，'
            : '';
      // Without a level the rate follows the name directly: 固定资产投资增长7.9%.
      const lead = level
        ? `，${basis}${isOpening ? '同比' : ''}`
        : `${basis.replace(/，$/, '')}${isOpening ? '同比' : ''}`;
      if (growth.value === 0) c.text(`${lead}与上年同期`).figure('持平', [growth]);
      else
        c.text(`${lead}${growth.value > 0 ? '增长' : '下降'}`).figure(`${formatUnsigned(growth.value, 'zh-CN')}%`, [
          growth,
        ]);
    }
    if (rank) {
      const basis = rank.rank?.basis === 'growth' ? '增速' : rank.rank?.basis === 'level' ? '总量' : '';
      c.text(`，${basis}居全省`).figure(`第${rank.value}位`, [rank]);
    }
    if (change && growth) {
      const word = rateChangeWord(change, growth);
      const cited = [change.from, growth];
      if (word === 'same') c.text(`，${growth.value < 0 ? '降幅' : '增速'}与上年同期`).figure('持平', cited);
      else c.text(`，${ZH_CHANGE[word]}`).figure(`${formatUnsigned(change.value, 'zh-CN')}个百分点`, cited);
    }
    if (gap) {
      if (gap.points === 0) c.text('，与全省平均').figure('持平', [gap.province]);
      else
        c.text(`，${gap.points > 0 ? '高于' : '低于'}全省平均`).figure(
          `${formatUnsigned(gap.points, 'zh-CN')}个百分点`,
          [gap.province],
        );
    }
    return c.segments;
  }

  // English: the same content, plain official English.
  // Mid-sentence an indicator's name is lower case (“fixed-asset investment”), an acronym stays (GDP).
  const midSentence = /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
  const subject = isOpening ? `${areaWord(input.region, language)} GDP` : midSentence;
  if (first) c.text(opening(input.period, language));
  c.text(subject);
  if (level) c.text(' reached ').figure(amountWords(level.value, level.unit, language), [level]);
  if (growth) {
    // After a level: “, up 3.3%”; alone: “grew by 3.3%” (no was/were to agree with the name).
    if (level) {
      c.text(', ');
      if (growth.value === 0) c.figure('unchanged', [growth]).text(' year on year');
      else
        c.text(growth.value > 0 ? 'up ' : 'down ')
          .figure(`${formatUnsigned(growth.value, 'en')}%`, [growth])
          .text(' year on year');
    } else if (growth.value === 0) {
      c.text(' ').figure('showed no change', [growth]).text(' year on year');
    } else {
      c.text(growth.value > 0 ? ' grew by ' : ' fell by ')
        .figure(`${formatUnsigned(growth.value, 'en')}%`, [growth])
        .text(' year on year');
    }
    if (growth.growthBasis === 'nominal' && row.indicator.growthBasis === 'real') c.text(' at current prices');
    else if (isOpening) c.text(' at comparable prices');
  }
  if (rank) {
    c.text(', ranking ')
      .figure(englishOrdinal(rank.value), [rank])
      .text(
        ` in the province${rank.rank?.basis === 'growth' ? ' by growth' : rank.rank?.basis === 'level' ? ' by size' : ''}`,
      );
  }
  if (change && growth) {
    const word = rateChangeWord(change, growth);
    const cited = [change.from, growth];
    if (word === 'same')
      c.text(', ')
        .figure(growth.value < 0 ? 'the same fall' : 'the same rate', cited)
        .text(' as a year earlier');
    else
      c.text(EN_CHANGE[word][0])
        .figure(`${formatUnsigned(change.value, 'en')} percentage points`, cited)
        .text(EN_CHANGE[word][1]);
  }
  if (gap) {
    if (gap.points === 0) c.text(', ').figure('level with', [gap.province]).text(' the provincial average');
    else
      c.text(', ')
        .figure(`${formatUnsigned(gap.points, 'en')} percentage points`, [gap.province])
        .text(` ${gap.points > 0 ? 'above' : 'below'} the provincial average`);
  }
  return c.segments;
}

/** The change of a rate on a year earlier, before its number (中文) and around it (English). */
const ZH_CHANGE: Record<Exclude<RateChangeWord, 'same'>, string> = {
  faster: '比上年同期加快',
  slower: '比上年同期回落',
  'smaller-fall': '降幅比上年同期收窄',
  'larger-fall': '降幅比上年同期扩大',
};
const EN_CHANGE: Record<Exclude<RateChangeWord, 'same'>, [string, string]> = {
  faster: [', ', ' faster than a year earlier'],
  slower: [', ', ' slower than a year earlier'],
  'smaller-fall': [', a fall ', ' smaller than a year earlier'],
  'larger-fall': [', a fall ', ' larger than a year earlier'],
};

function capitalize(segments: Segment[]): Segment[] {
  const first = segments[0];
  if (first?.kind !== 'text' || first.text === '') return segments;
  return [{ ...first, text: first.text[0]!.toUpperCase() + first.text.slice(1) }, ...segments.slice(1)];
}

/** Clauses joined the way a release joins them: ；between clauses, 。 at the end. */
function join(clauses: Segment[][], language: Language): Paragraph | null {
  if (clauses.length === 0) return null;
  const zh = language === 'zh-CN';
  const segments: Segment[] = [];
  clauses.forEach((clause, i) => {
    if (i > 0) segments.push({ kind: 'text', text: zh ? '；' : '; ' });
    segments.push(...clause);
  });
  segments.push({ kind: 'text', text: zh ? '。' : '.' });
  return { segments: zh ? segments : capitalize(segments) };
}

export function briefingText(input: BriefingInput): Briefing {
  const { language } = input;
  const zh = language === 'zh-CN';
  let leftOut = 0;
  const groups: Segment[][][] = [[], [], []];
  let first = true;
  const ordered = [
    ...input.rows.filter((r) => r.indicator.id === OPENING),
    ...input.rows.filter((r) => r.indicator.id !== OPENING),
  ];
  for (const row of ordered) {
    const figures = usable(row);
    leftOut += figures.leftOut;
    const clause = indicatorClause(row, figures, input, first);
    if (!clause) continue;
    const group = row.indicator.id === OPENING ? 0 : INCOMES.has(row.indicator.id) ? 2 : 1;
    groups[group]!.push(clause);
    first = false;
  }
  const paragraphs = groups.flatMap((clauses) => join(clauses, language) ?? []);
  if (paragraphs.length === 0) {
    paragraphs.push({
      segments: [
        {
          kind: 'text',
          text: zh
            ? '所选地区和时期暂无已发布的主要指标数据，不作简析。'
            : 'No published headline figures for the selected area and period: no briefing is written.',
        },
      ],
    });
  }
  if (leftOut > 0) {
    paragraphs.push({
      segments: [
        {
          kind: 'text',
          text: zh
            ? `注：示意数据不写入简析，本期共${leftOut}项示意数据未引用。`
            : `Note: illustrative figures are not written into the briefing (${leftOut} left out).`,
        },
      ],
    });
  }
  return { paragraphs, illustrativeLeftOut: leftOut };
}

/** The text as plain text, one paragraph a line (the copy button's). */
export function briefingPlainText(briefing: Briefing): string {
  return briefing.paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n');
}
