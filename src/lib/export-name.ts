/**
 * The name of an exported file (CSV, PNG, Word): what it is, readable in a folder of downloads and sortable
 * there: `shaoxing-<page>-<what>-<region>-<period>-<language>-<data date>.<ext>`, e.g.
 * `shaoxing-economy-gdp-330600-2024Q1-zh-2026-03-01.png`. Two exports of different views never share
 * a name (Q1 and H1, two districts, two languages); the same view exported twice does, on purpose.
 */
import { textKey, type Language } from './language';

export type ExportExtension = 'csv' | 'png' | 'docx';

export interface ExportNameParts {
  page: 'overview' | 'economy' | 'counties' | 'targets';
  /** What the file holds beyond the page: an indicator id, a chart or table name, in order. */
  subject: readonly (string | null | undefined)[];
  /** Region code (GB/T 2260 or `binhai`), when the file is about one region. */
  region?: string | null;
  /** Period id (`2024Q1`, `2024H1`…), when the file is about one period. */
  period?: string | null;
  language: Language;
  /** The dataset's as-of date (`/meta`), when known. */
  dataDate?: string | null;
}

/** Lower-case ASCII words joined by hyphens: safe in every file system and mail client. */
function slug(part: string): string {
  return part
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

export function exportFileName(parts: ExportNameParts, extension: ExportExtension): string {
  const words = [
    'shaoxing',
    parts.page,
    ...parts.subject.filter((s): s is string => Boolean(s)).map(slug),
    parts.region ? slug(parts.region) : null,
    // Periods keep their case (2024Q1, 2024H1), as in the URL.
    parts.period ? parts.period.replace(/[^A-Za-z0-9]/g, '') : null,
    textKey(parts.language),
    parts.dataDate ? `data${parts.dataDate.replace(/[^0-9-]/g, '')}` : null,
  ].filter((w): w is string => Boolean(w));
  return `${words.join('-')}.${extension}`;
}
