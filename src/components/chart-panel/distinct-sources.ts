import type { PublishedSource, Source } from '../../api/contract/common';

/** One entry per document or page, in the order first met. */
export function distinctSources(sources: readonly Source[]): PublishedSource[] {
  const seen = new Map<string, PublishedSource>();
  for (const source of sources) {
    if (source.type === 'illustrative') continue;
    const key = source.type === 'web' ? source.url : source.document;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}
