/**
 * The CSV of the tracker table: each target with its value, the period's progress, completion,
 * 序时进度, status and its reason, and where the progress figure and the target come from.
 */
import type { Source } from '../../../api/contract/common';
import { formatSourceDate, formatSourceName } from '../../../lib/format';
import { toCsv, type CsvCell } from '../../../lib/csv';
import type { Language } from '../../../lib/language';
import type { TrackerRow } from './target-view';
import { formatTargetValue } from './target-view';
import { localized, textKey } from '../../../lib/language';

export interface TargetCsvLabels {
  header: {
    area: string;
    target: string;
    value: string;
    period: string;
    progress: string;
    progressUnit: string;
    completion: string;
    elapsed: string;
    compared: string;
    status: string;
    note: string;
    source: string;
    sourceDate: string;
    sourceQuote: string;
    targetSource: string;
  };
  status: (row: TrackerRow) => string;
  /** Reason and caveats of the row, in words. */
  note: (row: TrackerRow) => string;
  period: string;
  /** Unit of a growth figure: %（同比） / % year on year. */
  growthUnit: string;
  /** Unit of a change figure: 个百分点 / pp. */
  changeUnit: string;
}

/** Title · issuer · date (second-hand marked), and a page's address; never a file name. */
function sourceTitle(source: Source, language: Language): string {
  if (source.type === 'illustrative') return localized(source.method, language);
  const name = formatSourceName(source, language);
  return source.type === 'web' ? `${name} (${source.url})` : name;
}

function round(value: number | null): CsvCell {
  return value === null ? null : Number(value.toFixed(1));
}

export function buildTargetCsv(rows: readonly TrackerRow[], labels: TargetCsvLabels, language: Language): string {
  const lang = textKey(language);
  const h = labels.header;
  const header = [
    h.area,
    h.target,
    h.value,
    h.period,
    h.progress,
    h.progressUnit,
    h.completion,
    h.elapsed,
    h.compared,
    h.status,
    h.note,
    h.source,
    h.sourceDate,
    h.sourceQuote,
    h.targetSource,
  ];
  const body = rows.map((row) => {
    const j = row.judgement;
    const observation = j.figure?.observation ?? null;
    const source = j.figure?.source ?? null;
    const targetSource = row.target.source;
    return [
      row.area?.name[lang] ?? row.target.area,
      row.target.text[lang],
      formatTargetValue(row.target, language),
      labels.period,
      // Numbers go out as numbers (a leading + would be escaped as a formula), the unit beside them.
      observation ? observation.value : j.words ? j.words[lang] : null,
      observation
        ? observation.measure === 'growth'
          ? labels.growthUnit
          : observation.measure === 'change'
            ? labels.changeUnit
            : observation.unit
        : null,
      round(j.completion),
      round(j.elapsed),
      // The figure compared with is a rate like the progress figure: a number, never "+7.8%" as text.
      j.compared ? j.compared.value : null,
      labels.status(row),
      labels.note(row),
      source ? sourceTitle(source, language) : null,
      source && source.type !== 'illustrative' && source.date ? formatSourceDate(source.date, language) : null,
      source && source.type !== 'illustrative' ? source.quote : null,
      targetSource.type === 'illustrative'
        ? null
        : `${formatSourceName(targetSource, language)}: ${targetSource.quote}${language === 'zh-CN' ? '' : ' (quoted in Chinese)'}`,
    ] satisfies CsvCell[];
  });
  return toCsv(header, body);
}
