/**
 * Every filter of every endpoint, with values picked from the unfiltered answers: a single value, a
 * comma-separated list, combinations, and real values that together match nothing. Each filtered
 * answer must hold exactly what the unfiltered answer filtered here holds: nothing that does not
 * match, nothing missing. The filters' meaning is the contract's (src/api/contract: lists are
 * comma-separated, an absent filter matches everything).
 */
import { regionScope } from '../../src/api/contract/regions';
import { figureKey } from '../../src/api/contract/observations';
import type { ObservationRecord } from '../../src/api/contract/observations';
import type { TargetProgressRecord, TargetRecord } from '../../src/api/contract/targets';
import type { Baseline, Unfiltered } from './baseline';
import { ENDPOINTS, fetchValid } from './contract';
import type { ApiClient, Query } from './http';
import { judged, skip, type CheckResult, type Finding } from './report';

/** Whether a value passes a filter of the query: absent matches everything, else one of the comma list. */
const passes = (query: Query, name: string, value: string | null | undefined) =>
  query[name] === undefined || (value !== null && value !== undefined && query[name].split(',').includes(value));

const describeQuery = (query: Query) =>
  Object.entries(query)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');

/** Distinct values, the most frequent first (then by value), so that the picks are the same every run. */
function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
}

/** A single value and a comma list of two others, picked from real values. */
function picks(name: string, values: readonly string[]): Query[] {
  const [first, second, third] = byFrequency(values);
  if (first === undefined) return [];
  const list = third !== undefined ? [second, third] : second !== undefined ? [first, second] : null;
  return [{ [name]: first }, ...(list ? [{ [name]: list.join(',') }] : [])];
}

interface Listing<T> {
  /** What one item is called in a finding: "figure", "region". */
  noun: string;
  key: (item: T) => string;
  describe: (item: T) => string;
}

/** What a filtered list got wrong against the unfiltered one: items that do not match, items missing. */
function compareListing<T>(
  url: string,
  query: Query,
  listing: Listing<T>,
  got: readonly T[],
  all: readonly T[],
  matches: (item: T) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  const filter = describeQuery(query);
  const known = new Set(all.map(listing.key));
  const wrong = got.filter((item) => !matches(item));
  if (wrong.length > 0) {
    findings.push({
      problem: `${wrong.length} ${listing.noun}(s) returned that do not match ${filter}, e.g. ${listing.describe(wrong[0]!)}`,
      url,
      expected: `only ${listing.noun}s that match ${filter}`,
    });
  }
  const unknown = got.filter((item) => matches(item) && !known.has(listing.key(item)));
  if (unknown.length > 0) {
    findings.push({
      problem: `${unknown.length} ${listing.noun}(s) returned that the unfiltered answer does not hold, e.g. ${listing.describe(unknown[0]!)}`,
      url,
      expected: `a subset of the unfiltered answer`,
    });
  }
  const expected = all.filter(matches);
  const returned = new Set(got.map(listing.key));
  const missing = expected.filter((item) => !returned.has(listing.key(item)));
  if (missing.length > 0) {
    findings.push({
      problem: `${missing.length} of the ${expected.length} matching ${listing.noun}s missing, e.g. ${listing.describe(missing[0]!)}`,
      url,
      expected: `every ${listing.noun} of the unfiltered answer that matches ${filter} (${expected.length})`,
    });
  }
  return findings;
}

const figures: Listing<ObservationRecord> = {
  noun: 'figure',
  key: (o) => `${figureKey(o)} = ${o.value} ${o.status}`,
  describe: (o) => `${figureKey(o)} = ${o.value} (${o.status})`,
};

const observationMatches = (o: ObservationRecord, query: Query) =>
  passes(query, 'region', o.region) &&
  passes(query, 'period', o.period) &&
  passes(query, 'indicator', o.indicator) &&
  passes(query, 'measure', o.measure) &&
  passes(query, 'status', o.status);

/**
 * One check: every query of it asked, each answer held to the contract and compared; skipped when
 * an unfiltered answer it rests on (`needs`, null when it is there) failed its own check.
 */
async function checkQueries(
  name: string,
  queries: Query[],
  ask: (query: Query) => Promise<Finding[]>,
  detail: string,
  needs: string | null = null,
): Promise<CheckResult> {
  if (needs) return skip(name, `the unfiltered ${needs} failed its contract check`);
  if (queries.length === 0) return skip(name, 'the unfiltered answer gives no value to try');
  const findings = (await Promise.all(queries.map(ask))).flat();
  return judged(name, findings, `${detail}: ${queries.map(describeQuery).join(' · ')}`);
}

function observationChecks(client: ApiClient, unfiltered: Unfiltered<'observations'> | null): Promise<CheckResult>[] {
  const all = unfiltered?.body.data ?? [];
  const ask = async (query: Query) => {
    const fetched = await fetchValid(client, ENDPOINTS.observations, query);
    if (!fetched.ok) return [fetched.finding];
    const { exchange, body } = fetched.answer;
    return compareListing(exchange.url, query, figures, body.data, all, (o) => observationMatches(o, query));
  };
  const values = (field: 'region' | 'period' | 'indicator' | 'measure') => all.map((o) => o[field]);
  const check = (name: string, queries: Query[], detail = 'matching figures exactly') =>
    checkQueries(`filter /observations ${name}`, queries, ask, detail, unfiltered ? null : '/observations');

  const [region0, region1] = byFrequency(values('region'));
  const [period0, period1] = byFrequency(values('period'));
  const [indicator0, indicator1] = byFrequency(values('indicator'));
  const sample = all[Math.floor(all.length / 2)];
  const combined: Query[] = [];
  if (sample) {
    const { region, period, indicator, measure } = sample;
    combined.push({ region, period, indicator, measure });
  }
  if (region1 && period1 && indicator1) {
    combined.push({
      region: `${region0},${region1}`,
      period: `${period0},${period1}`,
      indicator: `${indicator0},${indicator1}`,
      status: 'published',
    });
  }

  return [
    check('?region', picks('region', values('region'))),
    check('?period', picks('period', values('period'))),
    check('?indicator', picks('indicator', values('indicator'))),
    check('?measure', picks('measure', values('measure'))),
    check('?status', [{ status: 'published' }, { status: 'illustrative' }], 'published hides illustrative figures'),
    check('combined', combined),
    check('matching nothing', emptyPair(all), 'a real region and indicator with no figure together: empty data'),
  ];
}

/** A real indicator and a real region that have no figure together: a valid query that matches nothing. */
function emptyPair(all: readonly ObservationRecord[]): Query[] {
  const held = new Set(all.map((o) => `${o.indicator} ${o.region}`));
  const regions = byFrequency(all.map((o) => o.region));
  for (const indicator of byFrequency(all.map((o) => o.indicator))) {
    for (const region of regions) {
      if (!held.has(`${indicator} ${region}`)) return [{ indicator, region }];
    }
  }
  return [];
}

function regionChecks(client: ApiClient, unfiltered: Unfiltered<'regions'> | null): Promise<CheckResult> {
  const all = unfiltered?.body.data ?? [];
  const listing: Listing<(typeof all)[number]> = {
    noun: 'region',
    key: (r) => r.id,
    describe: (r) => `${r.id} (${r.scope})`,
  };
  return checkQueries(
    'filter /regions ?scope',
    regionScope.options.map((scope) => ({ scope })),
    async (query) => {
      const fetched = await fetchValid(client, ENDPOINTS.regions, query);
      if (!fetched.ok) return [fetched.finding];
      const { exchange, body } = fetched.answer;
      return compareListing(exchange.url, query, listing, body.data, all, (r) => passes(query, 'scope', r.scope));
    },
    'every scope of the contract',
    unfiltered ? null : '/regions',
  );
}

function indicatorChecks(
  client: ApiClient,
  unfiltered: Unfiltered<'indicators'> | null,
  observations: Unfiltered<'observations'> | null,
): Promise<CheckResult>[] {
  const all = unfiltered?.body.data ?? [];
  const listing: Listing<(typeof all)[number]> = { noun: 'indicator', key: (i) => i.id, describe: (i) => i.id };
  const figuresOf = new Set((observations?.body.data ?? []).map((o) => `${o.indicator} ${o.region}`));
  const ask = async (query: Query) => {
    const fetched = await fetchValid(client, ENDPOINTS.indicators, query);
    if (!fetched.ok) return [fetched.finding];
    const { exchange, body } = fetched.answer;
    return compareListing(
      exchange.url,
      query,
      listing,
      body.data,
      all,
      (i) =>
        passes(query, 'id', i.id) &&
        (query.region === undefined || query.region.split(',').some((r) => figuresOf.has(`${i.id} ${r}`))),
    );
  };
  const figureList = observations?.body.data ?? [];
  // Both filters at once: two ids, of which the most frequent region has figures of the first.
  const [region] = byFrequency(figureList.map((o) => o.region));
  const held = byFrequency(figureList.filter((o) => o.region === region).map((o) => o.indicator));
  const other = all.find((i) => i.id !== held[0]);
  const withIds = region && held[0] && other ? [{ id: `${held[0]},${other.id}`, region }] : [];
  const pair = emptyPair(figureList).map(({ indicator, region }) => ({ id: indicator!, region: region! }));
  return [
    checkQueries(
      'filter /indicators ?id',
      picks(
        'id',
        all.map((i) => i.id),
      ),
      ask,
      'exactly the ids asked',
      unfiltered ? null : '/indicators',
    ),
    checkQueries(
      'filter /indicators ?region',
      [
        ...picks(
          'region',
          figureList.map((o) => o.region),
        ),
        ...withIds,
        ...pair,
      ],
      ask,
      'the indicators with a figure of the regions asked',
      !unfiltered ? '/indicators' : !observations ? '/observations' : null,
    ),
  ];
}

type TargetItem = { kind: 'target'; target: TargetRecord } | { kind: 'progress'; progress: TargetProgressRecord };

function targetChecks(client: ApiClient, unfiltered: Unfiltered<'targets'> | null): Promise<CheckResult>[] {
  const targets = unfiltered?.body.data.targets ?? [];
  const items = (data: Unfiltered<'targets'>['body']['data']): TargetItem[] => [
    ...data.targets.map((target) => ({ kind: 'target' as const, target })),
    ...data.progress.map((p) => ({ kind: 'progress' as const, progress: p })),
  ];
  const listing: Listing<TargetItem> = {
    noun: 'target or progress report',
    key: (item) => (item.kind === 'target' ? `target ${item.target.id}` : `progress ${item.progress.id}`),
    describe: (item) =>
      item.kind === 'target'
        ? `target ${item.target.id} (${item.target.year}, ${item.target.owner}, ${item.target.linked?.indicator ?? 'no linked indicator'})`
        : `progress ${item.progress.id} of target ${item.progress.target}`,
  };
  const allItems = unfiltered ? items(unfiltered.body.data) : [];
  const targetMatches = (t: TargetRecord, query: Query) =>
    passes(query, 'year', String(t.year)) &&
    passes(query, 'owner', t.owner) &&
    passes(query, 'indicator', t.linked?.indicator);
  const ask = async (query: Query) => {
    const fetched = await fetchValid(client, ENDPOINTS.targets, query);
    if (!fetched.ok) return [fetched.finding];
    const { exchange, body } = fetched.answer;
    const matching = new Set(targets.filter((t) => targetMatches(t, query)).map((t) => t.id));
    return compareListing(exchange.url, query, listing, items(body.data), allItems, (item) =>
      item.kind === 'target' ? targetMatches(item.target, query) : matching.has(item.progress.target),
    );
  };
  const check = (name: string, queries: Query[], detail: string) =>
    checkQueries(`filter /targets ${name}`, queries, ask, detail, unfiltered ? null : '/targets');
  const linked = targets.flatMap((t) => (t.linked ? [t.linked.indicator] : []));
  const sample = targets.find((t) => t.linked !== null);
  return [
    check(
      '?year',
      byFrequency(targets.map((t) => String(t.year)))
        .slice(0, 3)
        .map((year) => ({ year })),
      'the targets of the year and their progress',
    ),
    check(
      '?owner',
      picks(
        'owner',
        targets.map((t) => t.owner),
      ),
      'the targets of the owners and their progress',
    ),
    check('?indicator', picks('indicator', linked), 'the targets linked to the indicators and their progress'),
    check(
      'combined',
      sample ? [{ year: String(sample.year), owner: sample.owner, indicator: sample.linked!.indicator }] : [],
      'all three filters at once',
    ),
    check('matching nothing', emptyTargets(targets), 'a valid query that matches no target: empty lists'),
  ];
}

/** A real owner and a real linked indicator with no target together; else a year before any target. */
function emptyTargets(targets: readonly TargetRecord[]): Query[] {
  const held = new Set(targets.map((t) => `${t.owner} ${t.linked?.indicator ?? ''}`));
  const indicators = byFrequency(targets.flatMap((t) => (t.linked ? [t.linked.indicator] : [])));
  for (const owner of byFrequency(targets.map((t) => t.owner))) {
    for (const indicator of indicators) {
      if (!held.has(`${owner} ${indicator}`)) return [{ owner, indicator }];
    }
  }
  if (targets.length === 0) return [];
  return [{ year: String(Math.min(...targets.map((t) => t.year)) - 1) }];
}

/** The filter checks of every endpoint; those whose unfiltered answer failed are skipped. */
export function filterChecks(client: ApiClient, baseline: Baseline): Promise<CheckResult>[] {
  return [
    regionChecks(client, baseline.regions),
    ...indicatorChecks(client, baseline.indicators, baseline.observations),
    ...observationChecks(client, baseline.observations),
    ...targetChecks(client, baseline.targets),
  ];
}
