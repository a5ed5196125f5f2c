/**
 * Revised figures: a later release of the data changed a figure's value. The earlier values stay
 * readable wherever the figure is shown (the 修订 / revised mark and its hover text), so that a
 * number quoted from an earlier report is not mistaken for an error, and a change is never silent.
 */
import type { Revision } from '../api/contract/observations';

/** An earlier value, formatted as the figure itself is, with the release that published it. */
export interface EarlierValue {
  text: string;
  release: number;
  date: string;
}

export function earlierValues(
  figure: { revisions: readonly Revision[] },
  format: (value: number) => string,
): EarlierValue[] {
  return figure.revisions.map((r) => ({ text: format(r.value), release: r.release, date: r.date }));
}

type Translate = (key: 'figure.revisedHint' | 'figure.revisedSeparator', options: Record<string, unknown>) => string;

/** "修订：第1版（2026-11-30）为 7.8%", newest first, one clause per earlier value. */
export function revisionHint(earlier: readonly EarlierValue[], t: Translate): string {
  return earlier
    .map((e) => t('figure.revisedHint', { release: e.release, date: e.date, value: e.text }))
    .join(t('figure.revisedSeparator', {}));
}
