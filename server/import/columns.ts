/**
 * The spreadsheet template: its sheets, their columns in Chinese and English, and the words a cell
 * may use for each coded value. One home for the layout, read by the importer and by the sample
 * writer, so the file an office fills and the file the importer reads cannot drift apart.
 * docs/data-template.md explains it to the people who fill it.
 */

export type SheetKind = 'observations' | 'targets' | 'progress';
export type Language = 'zh' | 'en';

export interface ColumnSpec<K extends string = string> {
  key: K;
  zh: string;
  en: string;
  required: boolean;
}

const column = <K extends string>(key: K, zh: string, en: string, required = false): ColumnSpec<K> => ({
  key,
  zh,
  en,
  required,
});

/** The source of every row: who said it, when, where, in which words, and how far it can be relied on. */
const SOURCE_COLUMNS = [
  column('sourceTitle', '来源标题', 'source title', true),
  column('sourceTitleEn', '来源英文标题', 'source title (en)'),
  column('issuer', '发布机关', 'issuing body', true),
  column('issuerEn', '发布机关英文名', 'issuing body (en)'),
  column('sourceDate', '发布日期', 'source date'),
  column('link', '链接', 'link'),
  column('quote', '原文语句', 'exact phrase', true),
  column('reliability', '可靠性', 'reliability', true),
] as const;

export const OBSERVATION_COLUMNS = [
  column('indicator', '指标', 'indicator', true),
  column('region', '地区', 'region', true),
  column('period', '期别', 'period', true),
  column('measure', '数据类型', 'measure', true),
  column('value', '数值', 'value', true),
  column('unit', '单位', 'unit', true),
  column('growthBasis', '增速口径', 'growth basis'),
  column('rankScope', '排名范围', 'rank scope'),
  column('rankBasis', '排名依据', 'rank basis'),
  column('status', '状态', 'status'),
  column('noteZh', '备注', 'note (zh)'),
  column('noteEn', '英文备注', 'note (en)'),
  ...SOURCE_COLUMNS,
] as const;

export const TARGET_COLUMNS = [
  column('id', '目标编号', 'target id', true),
  column('year', '年度', 'year', true),
  column('owner', '责任地区', 'owner', true),
  column('area', '领域', 'area', true),
  column('textZh', '目标表述', 'target text (zh)', true),
  column('textEn', '目标英文表述', 'target text (en)', true),
  column('kind', '目标类型', 'kind', true),
  column('operator', '比较方式', 'operator', true),
  column('value', '目标值', 'value'),
  column('unit', '单位', 'unit'),
  column('linkedIndicator', '挂钩指标', 'linked indicator'),
  column('linkedMeasure', '挂钩数据类型', 'linked measure'),
  column('relatedIndicator', '参照指标', 'related indicator'),
  column('relatedMeasure', '参照数据类型', 'related measure'),
  ...SOURCE_COLUMNS,
] as const;

export const PROGRESS_COLUMNS = [
  column('id', '进度编号', 'progress id', true),
  column('target', '目标编号', 'target id', true),
  column('region', '地区', 'region', true),
  column('period', '期别', 'period', true),
  column('indicator', '指标', 'indicator'),
  column('measure', '数据类型', 'measure'),
  column('growthBasis', '增速口径', 'growth basis'),
  column('textZh', '进度说明', 'progress text (zh)'),
  column('textEn', '进度英文说明', 'progress text (en)'),
  column('completionShare', '完成比例', 'completion share'),
  ...SOURCE_COLUMNS,
] as const;

export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number]['key'];
export type TargetColumn = (typeof TARGET_COLUMNS)[number]['key'];
export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number]['key'];

export const COLUMNS: Record<SheetKind, readonly ColumnSpec[]> = {
  observations: OBSERVATION_COLUMNS,
  targets: TARGET_COLUMNS,
  progress: PROGRESS_COLUMNS,
};

/** Sheet names in the xlsx (and csv file names without `.csv`), in both languages. */
export const SHEET_NAMES: Record<SheetKind, Record<Language, string>> = {
  observations: { zh: '指标数据', en: 'observations' },
  targets: { zh: '目标', en: 'targets' },
  progress: { zh: '目标进度', en: 'target-progress' },
};

/** Sheets the importer passes over: the instructions an office may keep beside the data. */
export const NOTES_SHEET = { zh: '说明', en: 'notes' } as const;

/**
 * Headers and sheet names are compared as a person reads them: full-width and half-width forms alike
 * (（ and (), case and spaces, hyphens and underscores ignored. `Source Title`, `source_title` and
 * `SOURCE TITLE` are one header; so are `来源标题` and `来源 标题`.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—]+/g, '');
}

export function sheetKindOf(name: string): SheetKind | 'notes' | null {
  const wanted = normalizeHeader(name);
  if (wanted === normalizeHeader(NOTES_SHEET.zh) || wanted === normalizeHeader(NOTES_SHEET.en)) return 'notes';
  for (const [kind, names] of Object.entries(SHEET_NAMES) as [SheetKind, Record<Language, string>][]) {
    if (normalizeHeader(names.zh) === wanted || normalizeHeader(names.en) === wanted) return kind;
  }
  return null;
}

/**
 * The coded values of the template: the code the API uses and the Chinese word an office may write
 * instead. Cells are compared like headers (case, width and spaces ignored).
 */
export const CODES = {
  measure: { level: '总量', growth: '增速', rank: '位次', change: '变动' },
  growthBasis: { real: '可比价', nominal: '现价' },
  rankScope: { province: '全省', city: '全市' },
  rankBasis: { level: '总量', growth: '增速' },
  status: { published: '已公布' },
  reliability: { official: '官方', 'official-repost': '官方转载', press: '媒体', secondary: '二手' },
  kind: { growth: '增速', cumulative: '累计', level: '水平', relational: '相对', qualitative: '定性' },
  operator: {
    'at-least': '以上',
    about: '左右',
    'at-most': '以内',
    equal: '等于',
    above: '高于',
    'in-step': '同步',
    qualitative: '定性',
  },
  completionShare: { yes: '是', no: '否' },
} as const satisfies Record<string, Record<string, string>>;

export type CodeList = keyof typeof CODES;

/** The code a cell names, by its code or its Chinese word; null when it names none. */
export function readCode<L extends CodeList>(list: L, cell: string): keyof (typeof CODES)[L] | null {
  const wanted = normalizeHeader(cell);
  for (const [code, zh] of Object.entries(CODES[list])) {
    if (normalizeHeader(code) === wanted || normalizeHeader(zh) === wanted) return code as keyof (typeof CODES)[L];
  }
  return null;
}

/** The allowed values of a list, as an error message's "expected" says them. */
export function allowedValues(list: CodeList): { zh: string; en: string } {
  const entries = Object.entries(CODES[list]);
  return {
    zh: entries.map(([code, zh]) => `${code}（${zh}）`).join('、'),
    en: entries.map(([code]) => code).join(', '),
  };
}
