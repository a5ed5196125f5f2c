/**
 * The importer: a filled template (an xlsx workbook, or csv files) checked cell by cell against the
 * published release it would extend, and either refused with every error listed, or merged into a
 * new dataset for the release store to publish. Nothing is half-imported: one error refuses the file.
 */
import type { Observation } from '../../src/api/contract/observations';
import { figureKey } from '../../src/api/contract/observations';
import type { Target, TargetProgress } from '../../src/api/contract/targets';
import { consistencyProblems, type CheckedField, type CheckedFigure } from '../../src/domain/consistency';
import { describeFigures, type Dataset } from '../../mock/data/load';
import {
  COLUMNS,
  sheetKindOf,
  type ColumnSpec,
  type ObservationColumn,
  type ProgressColumn,
  type TargetColumn,
} from './columns';
import { say, type ImportError } from './messages';
import { readTables, UnreadableFile, type ImportInput, type RawSheet } from './read-table';
import {
  readObservationRow,
  readProgressRow,
  readTargetRow,
  type Known,
  type ObservationRow,
  type ProgressDraft,
} from './rows';
import { readHeader, RowCells, type SheetLayout } from './sheet';

export type { ImportError } from './messages';
export type { ImportInput } from './read-table';

export interface ChangeCounts {
  /** Rows new to the release (a published figure where there was none, or only an illustrative one). */
  added: number;
  /** Figures whose published value changes: the revisions the release will record (修订), as the store counts them. */
  revised: number;
  /** Rows that keep their value but change something else the release says (a unit, a source, a note, a target's words). */
  amended: number;
  /** Rows that say exactly what the release already says. */
  unchanged: number;
}

export type ImportResult = { ok: true; dataset: Dataset; changes: ChangeCounts } | { ok: false; errors: ImportError[] };

const FIELD_COLUMN: Record<CheckedField, ObservationColumn> = {
  indicator: 'indicator',
  region: 'region',
  period: 'period',
  measure: 'measure',
  unit: 'unit',
  value: 'value',
  growthBasis: 'growthBasis',
  source: 'sourceTitle',
};

interface Located<T> {
  sheet: string;
  row: number;
  item: T;
}

/** Reads and checks the file (or the csv files of one import, together), then merges it into `base`. */
export async function importWorkbook(
  input: ImportInput | readonly ImportInput[],
  base: Dataset,
): Promise<ImportResult> {
  const errors: ImportError[] = [];
  const sheets: RawSheet[] = [];
  for (const one of Array.isArray(input) ? input : [input as ImportInput]) {
    try {
      sheets.push(...(await readTables(one)));
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      const [problem, expected] = say.unreadable(error.message);
      errors.push({ sheet: typeof one === 'string' ? one : '', row: null, column: null, problem, expected });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const known: Known = {
    indicators: new Set(base.indicators.map((i) => i.id)),
    regions: new Set(base.regions.map((r) => r.id)),
    areas: base.targetAreas.map((a) => a.id),
  };
  const observationRows: Located<ObservationRow>[] = [];
  const targetRows: Located<Target | null>[] = [];
  const progressRows: Located<ProgressDraft | null>[] = [];
  const layouts = new Map<string, SheetLayout<string>>();
  let dataRows = 0;

  for (const raw of sheets) {
    const kind = sheetKindOf(raw.name);
    if (kind === 'notes') continue;
    if (kind === null) {
      if (raw.rows.length > 0 || raw.header.some((h) => h !== '')) {
        const [problem, expected] = say.unknownSheet(raw.name);
        errors.push({ sheet: raw.name, row: null, column: null, problem, expected });
      }
      continue;
    }
    dataRows += raw.rows.length;
    if (raw.rows.length === 0) continue;
    const read = <K extends string, T>(columns: readonly ColumnSpec<K>[], each: (cells: RowCells<K>) => T) => {
      const layout = readHeader(raw, columns, errors);
      if (!layout) return [];
      layouts.set(raw.name, layout as SheetLayout<string>);
      return raw.rows.map((r): Located<T> => ({
        sheet: raw.name,
        row: r.row,
        item: each(new RowCells(layout, r, errors)),
      }));
    };
    if (kind === 'observations') {
      observationRows.push(
        ...read(COLUMNS.observations as readonly ColumnSpec<ObservationColumn>[], readObservationRow),
      );
    } else if (kind === 'targets') {
      targetRows.push(...read(COLUMNS.targets as readonly ColumnSpec<TargetColumn>[], (c) => readTargetRow(c, known)));
    } else {
      progressRows.push(
        ...read(COLUMNS.progress as readonly ColumnSpec<ProgressColumn>[], (c) => readProgressRow(c, known)),
      );
    }
  }
  if (dataRows === 0 && errors.length === 0) {
    const [problem, expected] = say.emptyFile();
    errors.push({ sheet: sheets[0]?.name ?? '', row: null, column: null, problem, expected });
  }

  errors.push(...figureProblems(observationRows, layouts, base));
  const targets = uniqueById(targetRows, errors, (t) => t.id);
  const targetIds = new Set([...base.targets.map((t) => t.id), ...targets.map((t) => t.item.id)]);
  const progress = uniqueById(progressRows, errors, (p) => p.id);
  // A progress report points to a published figure: of this file, or of the release.
  const figures = new Set<string>();
  for (const o of base.observations) if (o.status === 'published') figures.add(figureKey(o));
  for (const { item } of observationRows) if (item.draft) figures.add(figureKey(item.draft));
  for (const { sheet, row, item } of progress) {
    if (!targetIds.has(item.target)) {
      const [problem, expected] = say.unknownTarget(item.target);
      errors.push({ sheet, row, column: layouts.get(sheet)!.headerOf('target'), problem, expected });
    }
    if (item.figure && !figures.has(progressFigureKey(item))) {
      const [problem, expected] = say.figureNotFound(progressFigureKey(item));
      errors.push({ sheet, row, column: layouts.get(sheet)!.headerOf('indicator'), problem, expected });
    }
  }

  if (errors.length > 0) return { ok: false, errors: sortErrors(errors, sheets) };
  return merge(base, observationRows, targets, progress);
}

const progressFigureKey = (p: ProgressDraft) =>
  figureKey({
    indicator: p.figure!.indicator,
    region: p.region,
    period: p.period,
    measure: p.figure!.measure,
    growthBasis: p.figure!.growthBasis,
  });

/**
 * The consistency rules on the file's figures together with the release's published ones that the
 * file does not replace: a running total is checked against the months already published, and a
 * problem is reported at the file's row (the release's figures passed when they were published).
 */
function figureProblems(
  rows: readonly Located<ObservationRow>[],
  layouts: ReadonlyMap<string, SheetLayout<string>>,
  base: Dataset,
): ImportError[] {
  const inFile = new Set(rows.map((r) => r.item.checked).flatMap((f) => (isKeyable(f) ? [figureKey(f as never)] : [])));
  // Illustrative fill is not data: a real figure is never judged against a made-up one.
  const kept = base.observations.filter((o) => o.status === 'published' && !inFile.has(figureKey(o)));
  const list: CheckedFigure[] = [...rows.map((r) => r.item.checked), ...kept];
  const fromFile = (i: number) => i < rows.length;
  const errors: ImportError[] = [];
  for (const problem of consistencyProblems(list, base)) {
    const at = problem.figures.find(fromFile);
    if (at === undefined) continue;
    // A cell already reported as empty or unreadable is not reported again through the rule it breaks.
    if (problem.figures.some((i) => fromFile(i) && rows[i]!.item.reported.has(problem.field))) continue;
    const { sheet, row } = rows[at]!;
    const layout = layouts.get(sheet)!;
    errors.push({
      sheet,
      row,
      column: layout.headerOf(FIELD_COLUMN[problem.field]),
      problem: problem.problem,
      expected: problem.expected,
    });
  }
  return errors;
}

const MEASURES = new Set(['level', 'growth', 'rank', 'change']);
const isKeyable = (f: CheckedFigure) => MEASURES.has(f.measure);

/** Targets and progress are found by id: one id twice is refused unless both rows say the same. */
function uniqueById<T>(
  rows: readonly Located<T | null>[],
  errors: ImportError[],
  idOf: (item: T) => string,
): Located<T>[] {
  const first = new Map<string, Located<T>>();
  for (const located of rows) {
    if (located.item === null) continue;
    const item = located.item;
    const id = idOf(item);
    const earlier = first.get(id);
    if (!earlier) first.set(id, { ...located, item });
    else if (!sameContent(earlier.item, item)) {
      const [problem, expected] = say.duplicateId(id, earlier.row);
      errors.push({ sheet: located.sheet, row: located.row, column: null, problem, expected });
    }
  }
  return [...first.values()];
}

function sortErrors(errors: ImportError[], sheets: readonly RawSheet[]): ImportError[] {
  const sheetOrder = (name: string) => sheets.findIndex((s) => s.name === name);
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => sheetOrder(a.e.sheet) - sheetOrder(b.e.sheet) || (a.e.row ?? 0) - (b.e.row ?? 0) || a.i - b.i)
    .map(({ e }) => e);
}

/** Equal content whatever the order of the fields: the file and the release build their records in different orders. */
const sameContent = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/**
 * The new dataset: the release with the file's rows put in (figures by what they are, targets and
 * progress by id). A figure the release already holds keeps its id; a new one gets an id made from
 * what it is, so the same figure imported twice is the same record. The release itself is never changed.
 */
function merge(
  base: Dataset,
  rows: readonly Located<ObservationRow>[],
  targets: readonly Located<Target>[],
  progress: readonly Located<ProgressDraft>[],
): ImportResult {
  const changes: ChangeCounts = { added: 0, revised: 0, amended: 0, unchanged: 0 };
  const count = (before: unknown, after: unknown, wasData = true) => {
    if (before === undefined || !wasData) changes.added++;
    else if (sameContent(before, after)) changes.unchanged++;
    else if (valueOf(before) !== valueOf(after)) changes.revised++;
    else changes.amended++;
  };

  const observations = base.observations.map((o) => structuredClone(o));
  const positionOf = new Map(observations.map((o, i) => [figureKey(o), i]));
  const usedIds = new Set(observations.map((o) => o.id));
  const done = new Set<string>();
  for (const { item } of rows) {
    const draft = item.draft;
    // Every row that could not be read was reported, and a file with errors is never merged.
    if (!draft) throw new Error(`row ${item.row} could not be read, yet no error was reported`);
    const key = figureKey(draft);
    if (done.has(key)) continue; // the same figure twice with the same value (a different one was refused)
    done.add(key);
    const position = positionOf.get(key);
    const before = position === undefined ? undefined : observations[position]!;
    const wasData = before?.status === 'published';
    const next: Observation = {
      // An illustrative value's id says it was made up; the published figure that replaces it gets its own.
      id: wasData ? before!.id : newObservationId(draft, usedIds),
      ...draft,
      status: 'published',
      // Other sources' values for the cell are not in the template: the release's stay with the figure
      // while its value stands. A revised value drops them: their notes were written against the earlier
      // value (“the same value restated by …”), which the store keeps as the revision.
      alternatives: wasData && before!.value === draft.value ? before!.alternatives : [],
      // Which release first published the figure, and its earlier values, are the store's to record.
      release: null,
      revisions: [],
    };
    count(before && comparable(before), comparable(next), wasData);
    usedIds.add(next.id);
    if (position === undefined) positionOf.set(key, observations.push(next) - 1);
    else observations[position] = next;
  }

  const targetList = base.targets.map((t) => structuredClone(t));
  for (const { item } of targets) {
    const position = targetList.findIndex((t) => t.id === item.id);
    count(position === -1 ? undefined : targetList[position], item);
    if (position === -1) targetList.push(item);
    else targetList[position] = item;
  }

  const byKey = new Map(observations.map((o) => [figureKey(o), o]));
  // Progress points to figures: a revised figure is the one its progress now reports.
  const progressList: TargetProgress[] = base.targetProgress.map((p) => ({
    ...structuredClone(p),
    observation:
      p.observation === null ? null : (byKey.get(figureKey(p.observation)) ?? structuredClone(p.observation)),
  }));
  for (const { item } of progress) {
    const next: TargetProgress = {
      id: item.id,
      target: item.target,
      region: item.region,
      period: item.period,
      observation: item.figure ? byKey.get(progressFigureKey(item))! : null,
      text: item.text,
      completionShare: item.completionShare,
      source: item.source,
    };
    const position = progressList.findIndex((p) => p.id === item.id);
    count(position === -1 ? undefined : progressComparable(progressList[position]!), progressComparable(next));
    if (position === -1) progressList.push(next);
    else progressList[position] = next;
  }

  const described = describeFigures({
    regions: base.regions,
    observations,
    targets: targetList,
    targetProgress: progressList,
  });
  const sourceDates = [...observations, ...targetList, ...progressList]
    .map((x) => (x.source.type === 'illustrative' ? null : x.source.date))
    .filter((d): d is string => d !== null);
  const asOf = [base.meta.asOf, ...sourceDates].sort().at(-1)!;
  return {
    ok: true,
    changes,
    dataset: {
      meta: { ...structuredClone(base.meta), asOf, ...described.meta },
      regions: described.regions,
      indicators: structuredClone(base.indicators),
      observations,
      targetAreas: structuredClone(base.targetAreas),
      targets: targetList,
      targetProgress: progressList,
    },
  };
}

/** What a row of the template says about a figure (the id and the alternatives are not in it). */
/** What a row says of a figure: not its id, the alternatives the template does not carry, nor the store's record of releases. */
const comparable = (o: Observation) => ({ ...o, id: null, alternatives: null, release: null, revisions: null });
/** The value a figure row states; targets and progress reports have none that a revision is about. */
const valueOf = (x: unknown) =>
  x !== null && typeof x === 'object' && 'measure' in x && 'value' in x ? (x as { value: unknown }).value : undefined;
const progressComparable = (p: TargetProgress) => ({ ...p, observation: p.observation && figureKey(p.observation) });

/** `gdp-330600-2024q1-growth`, as the shipped dataset names its figures; the basis or ranking added where it tells figures apart. */
function newObservationId(
  o: Pick<Observation, 'indicator' | 'region' | 'period' | 'measure' | 'growthBasis' | 'rank'>,
  used: ReadonlySet<string>,
): string {
  const parts = [o.indicator.replaceAll('_', '-'), o.region, o.period.toLowerCase(), o.measure];
  const plain = parts.join('-');
  if (!used.has(plain)) return plain;
  const told = [...parts, o.growthBasis ?? '', o.rank ? `${o.rank.scope}-${o.rank.basis ?? 'unstated'}` : '']
    .filter(Boolean)
    .join('-');
  let id = told;
  for (let n = 2; used.has(id); n++) id = `${told}-${n}`;
  return id;
}
