/**
 * Shared logic of `data-verify.ts` and `mock/data/dataset.test.ts`: checks that every quote of the
 * dataset is found in its source (seed documents, and optionally the collected web figures), and
 * that each observation's value is written in its quote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { dataset } from '../data/schema';

type Sources = z.infer<typeof dataset.sources>;
type Observations = z.infer<typeof dataset.observations>;
type Targets = z.infer<typeof dataset.targets>;
type Progress = z.infer<typeof dataset.targetProgress>;

export interface RawDataset {
  sources: Sources;
  observations: Observations;
  targets: Targets;
  targetProgress: Progress;
}

/** Reads and schema-checks the files of mock/data needed for quote checks. */
export function readRawDataset(dataDir: string): RawDataset {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  return {
    sources: dataset.sources.parse(read('sources.json')),
    observations: dataset.observations.parse(read('observations.json')),
    targets: dataset.targets.parse(read('targets.json')),
    targetProgress: dataset.targetProgress.parse(read('target-progress.json')),
  };
}

/** Removes all whitespace, including full-width spaces and no-break spaces. */
export function stripWhitespace(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/gu, '');
}

export type QuoteKind = 'observation' | 'alternative' | 'target' | 'progress';

export interface QuoteItem {
  id: string;
  kind: QuoteKind;
  source: string;
  quote: string;
  /** The figure the quote must state (observations and alternatives only). */
  value?: number;
}

export function collectQuotes(data: RawDataset): QuoteItem[] {
  const items: QuoteItem[] = [];
  for (const o of data.observations) {
    items.push({ id: o.id, kind: 'observation', source: o.source, quote: o.quote, value: o.value });
    (o.alternatives ?? []).forEach((alt, i) => {
      items.push({
        id: `${o.id}#alt${i + 1}`,
        kind: 'alternative',
        source: alt.source,
        quote: alt.quote,
        value: alt.value,
      });
    });
  }
  for (const t of data.targets) items.push({ id: t.id, kind: 'target', source: t.source, quote: t.quote });
  for (const p of data.targetProgress) items.push({ id: p.id, kind: 'progress', source: p.source, quote: p.quote });
  return items;
}

/** The ways a number may be written in a source: 8 and 8.0, 7791 and 7,791; signs dropped (下降15.3%). */
export function valueForms(value: number): string[] {
  const abs = Math.abs(value);
  const forms = new Set<string>([String(abs)]);
  if (Number.isInteger(abs)) {
    forms.add(abs.toFixed(1));
    forms.add(abs.toFixed(2));
  } else {
    const decimals = String(abs).split('.')[1]?.length ?? 0;
    for (let d = decimals + 1; d <= 2; d++) forms.add(abs.toFixed(d));
  }
  for (const form of [...forms]) {
    const [int = '', frac] = form.split('.');
    if (int.length > 3) {
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      forms.add(frac === undefined ? grouped : `${grouped}.${frac}`);
    }
  }
  return [...forms];
}

/** True when one of the value's forms stands in the quote as a whole number (not inside 17.8 or 1078). */
export function quoteStatesValue(quote: string, value: number): boolean {
  const text = stripWhitespace(quote);
  return valueForms(value).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, 'u').test(text);
  });
}

export interface QuoteFailure {
  id: string;
  kind: QuoteKind;
  source: string;
  /** Document file name or URL. */
  where: string;
  quote: string;
  reason: string;
}

export interface ValueWarning {
  id: string;
  kind: QuoteKind;
  value: number;
  quote: string;
}

export interface QuoteCheckResult {
  checked: number;
  /** Web quotes not checked because no published-figures file was given. */
  skipped: number;
  missing: QuoteFailure[];
  valueWarnings: ValueWarning[];
}

interface PublishedFigure {
  source_url: string;
  quote: string;
}

export function readPublishedFigures(file: string): PublishedFigure[] {
  const rows: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array`);
  return rows.filter(
    (row): row is PublishedFigure =>
      typeof row === 'object' &&
      row !== null &&
      typeof (row as PublishedFigure).source_url === 'string' &&
      typeof (row as PublishedFigure).quote === 'string',
  );
}

export interface QuoteCheckOptions {
  /** Directory of the seed documents (sources of `type: document`). */
  sourcesDir: string;
  /** Rows of published-figures.json; web quotes are checked only when given. */
  published?: PublishedFigure[];
}

export function checkQuotes(data: RawDataset, options: QuoteCheckOptions): QuoteCheckResult {
  const documents = new Map<string, string | null>();
  const documentText = (file: string): string | null => {
    if (!documents.has(file)) {
      const path = join(options.sourcesDir, file);
      documents.set(file, existsSync(path) ? stripWhitespace(readFileSync(path, 'utf8')) : null);
    }
    return documents.get(file) ?? null;
  };
  const publishedByUrl = new Map<string, string[]>();
  for (const row of options.published ?? []) {
    const list = publishedByUrl.get(row.source_url) ?? [];
    list.push(stripWhitespace(row.quote));
    publishedByUrl.set(row.source_url, list);
  }

  const result: QuoteCheckResult = { checked: 0, skipped: 0, missing: [], valueWarnings: [] };
  for (const item of collectQuotes(data)) {
    const quote = stripWhitespace(item.quote);
    const source = data.sources[item.source];
    const fail = (where: string, reason: string) =>
      result.missing.push({ id: item.id, kind: item.kind, source: item.source, where, quote: item.quote, reason });

    if (item.value !== undefined && !quoteStatesValue(item.quote, item.value)) {
      result.valueWarnings.push({ id: item.id, kind: item.kind, value: item.value, quote: item.quote });
    }

    if (!source) {
      result.checked++;
      fail('(none)', `unknown source key "${item.source}"`);
    } else if (quote === '') {
      result.checked++;
      fail(source.type === 'document' ? source.document : source.url, 'empty quote');
    } else if (source.type === 'document') {
      result.checked++;
      const text = documentText(source.document);
      if (text === null) fail(source.document, 'document not found in the sources directory');
      else if (!text.includes(quote)) fail(source.document, 'quote not found in the document');
    } else if (options.published) {
      result.checked++;
      const quotes = publishedByUrl.get(source.url);
      if (!quotes) fail(source.url, 'no published figure with this source_url');
      else if (!quotes.some((q) => q.includes(quote))) fail(source.url, 'quote not found in the published figures');
    } else {
      result.skipped++;
    }
  }
  return result;
}
