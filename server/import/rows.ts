/**
 * One row of each sheet read into what the contract holds: a figure, a target, a progress report,
 * each with its source. Cells that cannot be read are reported through RowCells; the rules a figure
 * keeps against the catalogue and the other figures are left to src/domain/consistency.ts.
 */
import { z } from 'zod';
import { partialDate, periodId, type LocalizedText, type PublishedSource } from '../../src/api/contract/common';
import type { Measure, Observation, RankInfo } from '../../src/api/contract/observations';
import type { Target } from '../../src/api/contract/targets';
import type { CheckedField, CheckedFigure } from '../../src/domain/consistency';
import {
  GROWTH_WITHOUT_BASIS,
  MISSING_SOURCE,
  malformedPeriod,
  unknownIndicator,
  unknownRegion,
} from '../../src/domain/consistency';
import { readCode, type ObservationColumn, type ProgressColumn, type TargetColumn } from './columns';
import { say, type Wording } from './messages';
import type { RowCells } from './sheet';

type SourceColumn =
  'sourceTitle' | 'sourceTitleEn' | 'issuer' | 'issuerEn' | 'sourceDate' | 'link' | 'quote' | 'reliability';

const text = (zh: string, en: string): LocalizedText => ({ zh, en });

/** What belongs in a required cell, said when it is empty. */
const HINT = {
  indicator: text('指标编号，如 gdp', 'an indicator id, such as gdp'),
  region: text('地区代码，如 330600', 'a region code, such as 330600'),
  period: text('期别，如 2024Q1', 'a period, such as 2024Q1'),
  measure: text('level、growth、rank 或 change', 'level, growth, rank or change'),
  value: text('数字，如 7791', 'a number, such as 7791'),
  unit: text('单位，如 亿元、%、位', 'a unit, such as 亿元, % or 位'),
  sourceTitle: text('来源文件或网页的标题', 'the title of the source document or page'),
  issuer: text('发布机关；来源未署名时写“未署名”', 'the issuing body; 未署名 where the source names none'),
  quote: text('来源中陈述该数字的原话，逐字照录', 'the phrase of the source that states it, word for word'),
  reliability: text('official、official-repost、press 或 secondary', 'official, official-repost, press or secondary'),
  id: text('编号，如 t2024-main-gdp', 'an id, such as t2024-main-gdp'),
  year: text('年度，如 2024', 'a year, such as 2024'),
  owner: text('地区代码，如 330600', 'a region code, such as 330600'),
  area: text('领域编号，如 main', 'an area id, such as main'),
  textZh: text('中文表述', 'the text in Chinese'),
  textEn: text('英文表述', 'the text in English'),
  kind: text(
    'growth、cumulative、level、relational 或 qualitative',
    'growth, cumulative, level, relational or qualitative',
  ),
  operator: text(
    'at-least、about、at-most、equal、above、in-step 或 qualitative',
    'at-least, about, at-most, equal, above, in-step or qualitative',
  ),
  target: text('目标编号', 'a target id'),
} satisfies Record<string, LocalizedText>;

const ID = /^[a-z0-9-]+$/;
const url = z.url({ protocol: /^https?$/ });

/**
 * The row's source. Null when every source cell is empty (the figure has no source, which the caller
 * reports by its rule); undefined when a source is given but a cell of it cannot be read.
 */
export function readSource<K extends string>(cells: RowCells<K | SourceColumn>): PublishedSource | null | undefined {
  const keys: SourceColumn[] = [
    'sourceTitle',
    'sourceTitleEn',
    'issuer',
    'issuerEn',
    'sourceDate',
    'link',
    'quote',
    'reliability',
  ];
  if (keys.every((k) => cells.cell(k) === null)) return null;
  const title = cells.required('sourceTitle', HINT.sourceTitle);
  const issuer = cells.required('issuer', HINT.issuer);
  const quote = cells.required('quote', HINT.quote);
  const reliability = cells.requiredCode('reliability', 'reliability', HINT.reliability);
  const dateCell = cells.cell('sourceDate');
  let date: string | null | undefined = null;
  if (dateCell !== null) {
    const written = cells.text('sourceDate')!;
    date = partialDate.safeParse(written).success
      ? written
      : (cells.fail('sourceDate', say.badDate(written)) ?? undefined);
  }
  const link = cells.text('link');
  const linkOk = link === null || url.safeParse(link).success;
  if (!linkOk) cells.fail('link', say.badLink(link));
  if (!title || !issuer || !quote || !reliability || date === undefined || !linkOk) return undefined;
  const titleEn = cells.text('sourceTitleEn');
  const issuerEn = cells.text('issuerEn');
  const cited = {
    title,
    ...(titleEn !== null && { titleEn }),
    issuer,
    ...(issuerEn !== null && { issuerEn }),
    date,
    reliability: reliability as PublishedSource['reliability'],
    quote,
  };
  return link === null ? { type: 'document', ...cited } : { type: 'web', url: link, ...cited };
}

/** A figure row: what the consistency rules check, and the figure itself when every cell could be read. */
export interface ObservationRow {
  row: number;
  checked: CheckedFigure;
  /** Fields whose cell is empty or unreadable (already reported): their consistency problems would repeat it. */
  reported: Set<CheckedField>;
  /** The figure as the contract holds it, its source one the template can state (never illustrative). */
  draft:
    | (Pick<
        Observation,
        'indicator' | 'region' | 'period' | 'measure' | 'value' | 'unit' | 'growthBasis' | 'rank' | 'note'
      > & { source: PublishedSource })
    | null;
}

export function readObservationRow(cells: RowCells<ObservationColumn>): ObservationRow {
  const reported = new Set<CheckedField>();
  const requiredField = (key: 'indicator' | 'region' | 'period' | 'measure' | 'unit') => {
    const value = cells.required(key, HINT[key]);
    if (value === null) reported.add(key);
    return value ?? '';
  };
  const indicator = requiredField('indicator');
  const region = requiredField('region');
  const period = requiredField('period');
  const measureText = requiredField('measure');
  const unit = requiredField('unit');
  const measure = measureText === '' ? null : cells.code('measure', 'measure');
  if (measure === undefined) reported.add('measure');

  let value = cells.number('value');
  if (value === null) cells.missing('value', HINT.value);
  if (value == null) {
    reported.add('value');
    value = Number.NaN;
  }

  const basis = cells.code('growthBasis', 'growthBasis');
  if (basis === undefined) reported.add('growthBasis');
  if (basis && measure && measure !== 'growth') cells.fail('growthBasis', say.onlyForGrowth());

  const scope = cells.code('rankScope', 'rankScope');
  const rankBasis = cells.code('rankBasis', 'rankBasis');
  let rank: RankInfo | null = null;
  if (measure === 'rank') {
    if (scope === null) cells.fail('rankScope', say.rankWithoutScope());
    else if (scope && rankBasis !== undefined) rank = { scope, basis: rankBasis };
  } else if (measure && (scope || rankBasis)) {
    cells.fail(scope ? 'rankScope' : 'rankBasis', say.onlyForRank());
  }

  const status = cells.text('status');
  if (status !== null && readCode('status', status) === null) {
    // The code list holds `published` alone; say why rather than only what is allowed.
    cells.fail('status', say.notPublished(status));
  }
  const note = cells.pair('noteZh', 'noteEn');
  const source = readSource(cells);
  if (source === undefined) reported.add('source');

  const checked: CheckedFigure = {
    indicator,
    region,
    period,
    measure: measure ?? measureText,
    value,
    unit,
    growthBasis: basis ?? (basis === undefined ? 'unreadable' : null),
    rank,
    source: source === undefined ? 'unreadable' : source,
  };
  const complete =
    reported.size === 0 &&
    measure &&
    (measure !== 'rank' || rank !== null) &&
    !(basis && measure !== 'growth') &&
    !(measure !== 'rank' && (scope || rankBasis));
  return {
    row: cells.row,
    checked,
    reported,
    draft:
      complete && source
        ? {
            indicator,
            region,
            period,
            measure,
            value,
            unit,
            growthBasis: measure === 'growth' ? (basis ?? null) : null,
            rank,
            source,
            note: note ? { zh: note[0], en: note[1] } : null,
          }
        : null,
  };
}

export interface Known {
  indicators: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  areas: readonly string[];
}

function knownIndicator<K extends string>(cells: RowCells<K>, key: K, known: Known): boolean {
  const id = cells.text(key);
  if (id !== null && !known.indicators.has(id)) cells.fail(key, unknownIndicator(id));
  return id === null || known.indicators.has(id);
}

function knownRegion<K extends string>(cells: RowCells<K>, key: K, known: Known, hint: LocalizedText): string | null {
  const id = cells.required(key, hint);
  if (id !== null && !known.regions.has(id)) return cells.fail(key, unknownRegion(id));
  return id;
}

function readId<K extends string>(cells: RowCells<K>, key: K, hint: LocalizedText): string | null {
  const id = cells.required(key, hint);
  if (id !== null && !ID.test(id)) return cells.fail(key, say.badId(id));
  return id;
}

/** An indicator and its measure, given together or not at all (a target's linked or related indicator). */
function indicatorRef<K extends string>(cells: RowCells<K>, indicatorKey: K, measureKey: K, known: Known) {
  const pair = cells.pair(indicatorKey, measureKey);
  const okIndicator = knownIndicator(cells, indicatorKey, known);
  const measure = cells.code(measureKey, 'measure');
  if (!pair)
    return pair === null && cells.text(indicatorKey) === null && cells.text(measureKey) === null ? null : undefined;
  return okIndicator && measure ? { indicator: pair[0], measure } : undefined;
}

export function readTargetRow(cells: RowCells<TargetColumn>, known: Known): Target | null {
  const id = readId(cells, 'id', HINT.id);
  const yearText = cells.required('year', HINT.year);
  const year = yearText !== null && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (yearText !== null && year === null) cells.fail('year', say.badYear(yearText));
  const owner = knownRegion(cells, 'owner', known, HINT.owner);
  const area = cells.required('area', HINT.area);
  if (area !== null && !known.areas.includes(area)) cells.fail('area', say.unknownArea(area, known.areas));
  const zh = cells.required('textZh', HINT.textZh);
  const en = cells.required('textEn', HINT.textEn);
  const kind = cells.requiredCode('kind', 'kind', HINT.kind);
  const operator = cells.requiredCode('operator', 'operator', HINT.operator);
  const value = cells.number('value');
  const unit = cells.text('unit');
  const linked = indicatorRef(cells, 'linkedIndicator', 'linkedMeasure', known);
  const relatedTo = indicatorRef(cells, 'relatedIndicator', 'relatedMeasure', known);
  const source = readSource(cells);
  if (source === null) cells.fail('sourceTitle', missingSourceOf('target'));
  if (
    !id ||
    year === null ||
    !owner ||
    !area ||
    !known.areas.includes(area) ||
    !zh ||
    !en ||
    !kind ||
    !operator ||
    value === undefined ||
    linked === undefined ||
    relatedTo === undefined ||
    !source
  ) {
    return null;
  }
  return {
    id,
    year,
    owner,
    area,
    text: { zh, en },
    kind: kind as Target['kind'],
    operator: operator as Target['operator'],
    value,
    unit,
    linked,
    relatedTo,
    source,
  };
}

/** A progress report as written: the figure it points to (by what the figure is), or its words. */
export interface ProgressDraft {
  id: string;
  target: string;
  region: string;
  period: string;
  figure: { indicator: string; measure: Measure; growthBasis: 'real' | 'nominal' | null } | null;
  text: LocalizedText | null;
  completionShare: boolean;
  source: PublishedSource;
}

export function readProgressRow(cells: RowCells<ProgressColumn>, known: Known): ProgressDraft | null {
  const id = readId(cells, 'id', HINT.id);
  const target = cells.required('target', HINT.target);
  const region = knownRegion(cells, 'region', known, HINT.region);
  const period = cells.required('period', HINT.period);
  if (period !== null && !periodId.safeParse(period).success) cells.fail('period', malformedPeriod(period));
  const pair = cells.pair('indicator', 'measure');
  const okIndicator = knownIndicator(cells, 'indicator', known);
  const measure = cells.code('measure', 'measure');
  const basis = cells.code('growthBasis', 'growthBasis');
  if (basis && measure && measure !== 'growth') cells.fail('growthBasis', say.onlyForGrowth());
  if (measure === 'growth' && basis === null) {
    // The same rule as a figure's, worded by its one home.
    cells.fail('growthBasis', GROWTH_WITHOUT_BASIS);
  }
  const words = cells.pair('textZh', 'textEn');
  if (
    !pair &&
    !words &&
    cells.text('indicator') === null &&
    cells.text('textZh') === null &&
    cells.text('textEn') === null &&
    cells.text('measure') === null
  ) {
    cells.fail('indicator', say.progressWithoutContent());
  }
  const share = cells.code('completionShare', 'completionShare');
  const source = readSource(cells);
  if (source === null) cells.fail('sourceTitle', missingSourceOf('progress'));
  const figureOk =
    pair === null || (okIndicator && measure && (measure !== 'growth' || basis) && !(basis && measure !== 'growth'));
  if (
    !id ||
    !target ||
    !region ||
    !period ||
    !periodId.safeParse(period).success ||
    !figureOk ||
    share === undefined ||
    !source ||
    (!pair && !words)
  ) {
    return null;
  }
  return {
    id,
    target,
    region,
    period,
    figure: pair && measure ? { indicator: pair[0], measure, growthBasis: basis ?? null } : null,
    text: words ? { zh: words[0], en: words[1] } : null,
    completionShare: share === 'yes',
    source,
  };
}

/** A target or a progress report without a source: the figure's rule, said of what it is. */
function missingSourceOf(what: 'target' | 'progress'): Wording {
  const problem =
    what === 'target'
      ? text('目标没有来源', 'target without a source')
      : text('进度没有来源', 'progress without a source');
  return [problem, MISSING_SOURCE[1]];
}
