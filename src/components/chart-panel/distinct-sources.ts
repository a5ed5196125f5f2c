import type { PublishedSource, Source } from '../../api/contract/common';

/** What tells two sources apart for a reader: the page's address, or a document's title, issuer and date. */
export function sourceIdentity(source: PublishedSource): string {
  return source.type === 'web' ? source.url : [source.title, source.issuer, source.date ?? ''].join('\u0000');
}

/** One entry per document or page, in the order first met. */
export function distinctSources(sources: readonly Source[]): PublishedSource[] {
  const seen = new Map<string, PublishedSource>();
  for (const source of sources) {
    if (source.type === 'illustrative') continue;
    const key = sourceIdentity(source);
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}
