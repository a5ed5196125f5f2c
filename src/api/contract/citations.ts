/**
 * Figures cite their sources by reference: a response carries each source and each quoted phrase
 * once (`sources`, `quotes`), and every figure points into them. This module is the one home of
 * that rule, both ways: `CitationWriter` builds the tables for a server (the mock API uses it), and
 * `CitationReader` resolves them for the client, refusing a reference that points nowhere.
 */
import type { Citation, Source, SourceRecord } from './common';
import type { Observation, ObservationRecord } from './observations';
import type { Target, TargetProgress, TargetProgressRecord, TargetRecord } from './targets';

/**
 * A figure as it is sent or stored: the fields that are empty for most figures left out, the source
 * (and the alternatives) in whatever form the writer cites them.
 */
export function compactObservation<S, A>(o: Observation, source: S, alternatives: readonly A[]) {
  return {
    id: o.id,
    indicator: o.indicator,
    region: o.region,
    period: o.period,
    measure: o.measure,
    value: o.value,
    unit: o.unit,
    ...(o.growthBasis !== null && { growthBasis: o.growthBasis }),
    ...(o.rank !== null && { rank: o.rank }),
    status: o.status,
    source,
    ...(o.note !== null && { note: o.note }),
    ...(alternatives.length > 0 && { alternatives: [...alternatives] }),
    ...(o.release !== null && { release: o.release }),
    ...(o.revisions.length > 0 && { revisions: o.revisions }),
  };
}

export class CitationWriter {
  readonly sources: Record<string, SourceRecord> = {};
  readonly quotes: string[] = [];
  private readonly sourceKeys = new Map<string, string>();
  private readonly quoteIndex = new Map<string, number>();

  cite(source: Source): Citation {
    const { quote, ...record } = source.type === 'illustrative' ? { ...source, quote: null } : source;
    const text = JSON.stringify(record);
    let key = this.sourceKeys.get(text);
    if (key === undefined) {
      // Keys in order of first citation: the same data always gives the same response.
      key = `s${this.sourceKeys.size + 1}`;
      this.sourceKeys.set(text, key);
      this.sources[key] = record as SourceRecord;
    }
    let index: number | null = null;
    if (quote !== null) {
      index = this.quoteIndex.get(quote) ?? null;
      if (index === null) {
        index = this.quotes.push(quote) - 1;
        this.quoteIndex.set(quote, index);
      }
    }
    return { source: key, quote: index };
  }

  observation(o: Observation): ObservationRecord {
    return compactObservation(
      o,
      this.cite(o.source),
      o.alternatives.map((alt) => ({ value: alt.value, source: this.cite(alt.source), note: alt.note })),
    );
  }

  target(t: Target): TargetRecord {
    return { ...t, source: this.cite(t.source) };
  }

  progress(p: TargetProgress): TargetProgressRecord {
    return {
      ...p,
      observation: p.observation === null ? null : this.observation(p.observation),
      source: this.cite(p.source),
    };
  }

  get tables() {
    return { sources: this.sources, quotes: this.quotes };
  }
}

/** A response whose references do not resolve, or whose figure and source disagree. */
export class CitationError extends Error {
  override name = 'CitationError';
}

export class CitationReader {
  private readonly resolved = new Map<string, Source>();

  constructor(private readonly tables: { sources: Record<string, SourceRecord>; quotes: readonly string[] }) {}

  source({ source: key, quote: index }: Citation, where: string): Source {
    const cacheKey = `${key}#${index ?? ''}`;
    const cached = this.resolved.get(cacheKey);
    if (cached) return cached;
    const record = Object.hasOwn(this.tables.sources, key) ? this.tables.sources[key] : undefined;
    if (!record) throw new CitationError(`${where}.source: unknown source "${key}"`);
    let source: Source;
    if (record.type === 'illustrative') {
      if (index !== null) throw new CitationError(`${where}.source: an illustrative source quotes no phrase`);
      source = record;
    } else {
      const quote = index === null ? undefined : this.tables.quotes[index];
      if (quote === undefined) throw new CitationError(`${where}.source: no quote at ${String(index)}`);
      source = { ...record, quote };
    }
    this.resolved.set(cacheKey, source);
    return source;
  }

  observation(record: ObservationRecord, where: string): Observation {
    const source = this.source(record.source, where);
    // The status and the kind of source must agree: this keeps a made-up value from passing as data.
    if ((record.status === 'illustrative') !== (source.type === 'illustrative')) {
      throw new CitationError(`${where}.status: status and source disagree`);
    }
    return {
      id: record.id,
      indicator: record.indicator,
      region: record.region,
      period: record.period,
      measure: record.measure,
      value: record.value,
      unit: record.unit,
      growthBasis: record.growthBasis ?? null,
      rank: record.rank ?? null,
      status: record.status,
      source,
      note: record.note ?? null,
      alternatives: (record.alternatives ?? []).map((alt, i) => ({
        value: alt.value,
        source: this.source(alt.source, `${where}.alternatives.${i}`),
        note: alt.note,
      })),
      release: record.release ?? null,
      revisions: record.revisions ?? [],
    };
  }

  target(record: TargetRecord, where: string): Target {
    return { ...record, source: this.source(record.source, where) };
  }

  progress(record: TargetProgressRecord, where: string): TargetProgress {
    return {
      ...record,
      observation: record.observation === null ? null : this.observation(record.observation, `${where}.observation`),
      source: this.source(record.source, where),
    };
  }
}
