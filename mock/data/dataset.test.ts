import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuotes, collectQuotes, quoteStatesValue, readRawDataset, stripWhitespace } from '../scripts/quote-check';
import { buildIllustrativeFill, FILL_PERIODS, FILL_REGIONS, FILL_SPECS } from './illustrative';
import { loadDataset, publishedHeadlineRecord } from './load';
import { comparePeriods, DASHBOARD_PERIODS } from '../../src/lib/periods';
import { consistencyProblems } from '../../src/domain/consistency';
import { MAIN_INDICATORS } from '../../src/domain/main-indicators';
import { canJudge, isSecondarySource, reliabilityRank } from '../../src/domain/reliability';
import { MEASURE_CHOICES } from '../../src/features/counties/model/measure-choice';
import { rankDistricts } from '../../src/features/counties/model/ranking';
import { cityRank } from '../../src/features/economy/model/city-rank';
import { pickKpiFigures } from '../../src/features/economy/model/kpi-figures';
import { checkGrowthTarget, findGrowthTarget } from '../../src/features/economy/model/target-check';
import { buildRows, type TrackerData } from '../../src/features/targets/model/target-view';

const dataDir = resolve(process.cwd(), 'mock/data');
const seedsDir = resolve(process.cwd(), '../shared/seeds');

// Raw files, read as plain JSON so the reference checks do not depend on the loader.
const readJson = <T>(file: string): T => JSON.parse(readFileSync(resolve(dataDir, file), 'utf8')) as T;

interface RawRegion {
  id: string;
  kind: string;
}
interface RawIndicator {
  id: string;
  growthBasis: 'real' | 'nominal' | null;
}
interface RawSource {
  type: 'document' | 'web';
  reliability: string;
}
interface RawCitation {
  source: string;
  quote: string;
}
interface RawObservation extends RawCitation {
  id: string;
  indicator: string;
  region: string;
  period: string;
  measure: 'level' | 'growth' | 'rank' | 'change';
  value: number;
  unit: string;
  growthBasis?: 'real' | 'nominal';
  rank?: { scope: 'province' | 'city'; basis: string | null };
  note?: unknown;
  alternatives?: (RawCitation & { value: number })[];
}
interface IndicatorRef {
  indicator: string;
  measure: string;
}
interface RawTarget extends RawCitation {
  id: string;
  year: number;
  owner: string;
  area: string;
  kind: string;
  operator: string;
  value: number | null;
  linked: IndicatorRef | null;
  relatedTo: IndicatorRef | null;
}
interface RawProgress extends RawCitation {
  id: string;
  target: string;
  region: string;
  period: string;
  observation: string | null;
  text: { zh: string; en: string } | null;
}

const regions = readJson<RawRegion[]>('regions.json');
const indicators = readJson<RawIndicator[]>('indicators.json');
const sources = readJson<Record<string, RawSource>>('sources.json');
const observations = readJson<RawObservation[]>('observations.json');
const targetAreas = readJson<{ id: string }[]>('target-areas.json');
const targets = readJson<RawTarget[]>('targets.json');
const progress = readJson<RawProgress[]>('target-progress.json');

const regionById = new Map(regions.map((r) => [r.id, r]));
const indicatorById = new Map(indicators.map((i) => [i.id, i]));

describe('loadDataset', () => {
  it('loads without throwing', () => {
    expect(() => loadDataset()).not.toThrow();
  });

  it('gives every observation a non-empty quote, and published ones a real source', () => {
    const { observations: loaded } = loadDataset();
    expect(loaded.filter((o) => o.status === 'published')).toHaveLength(observations.length);
    for (const o of loaded) {
      if (o.status === 'published') {
        expect(o.source.type, o.id).not.toBe('illustrative');
        if (o.source.type !== 'illustrative') expect(stripWhitespace(o.source.quote), o.id).not.toBe('');
      } else {
        expect(o.source.type, o.id).toBe('illustrative');
      }
    }
  });

  it('has no illustrative observation in a cell that a published one fills', () => {
    const { observations: loaded } = loadDataset();
    const key = (o: { region: string; period: string; indicator: string; measure: string }) =>
      `${o.region}|${o.period}|${o.indicator}|${o.measure}`;
    const published = new Set(loaded.filter((o) => o.status === 'published').map(key));
    const clashes = loaded.filter((o) => o.status === 'illustrative' && published.has(key(o))).map((o) => o.id);
    expect(clashes).toEqual([]);
  });
});

describe('illustrative fill', () => {
  const loaded = loadDataset().observations;
  const published = loaded.filter((o) => o.status === 'published');
  const illustrative = loaded.filter((o) => o.status === 'illustrative');
  const find = (region: string, period: string, indicator: string, measure: string) =>
    loaded.filter(
      (o) => o.region === region && o.period === period && o.indicator === indicator && o.measure === measure,
    );

  it('leaves the published figures exactly as the files state them', () => {
    const byId = new Map(observations.map((o) => [o.id, o]));
    for (const o of published) {
      const raw = byId.get(o.id);
      expect(raw, o.id).toBeDefined();
      expect(o.value, o.id).toBe(raw?.value);
      expect(o.unit, o.id).toBe(raw?.unit);
    }
  });

  it('is the same on every build', () => {
    expect(buildIllustrativeFill(published)).toEqual(illustrative);
  });

  it('fills every cell of the grid exactly once, published or illustrative', () => {
    for (const spec of FILL_SPECS)
      for (const region of FILL_REGIONS)
        for (const period of FILL_PERIODS)
          for (const measure of spec.measures) {
            const cell = find(region, period, spec.indicator, measure);
            expect(cell.length, `${spec.indicator} ${region} ${period} ${measure}`).toBeGreaterThan(0);
            expect(cell.filter((o) => o.status === 'illustrative').length).toBeLessThanOrEqual(1);
          }
  });

  it('says how each value was made, in both languages', () => {
    expect(illustrative.length).toBeGreaterThan(0);
    for (const o of illustrative) {
      expect(o.source.type).toBe('illustrative');
      if (o.source.type === 'illustrative') {
        expect(o.source.method.zh).toMatch(/示意/);
        expect(o.source.method.en).toMatch(/illustrative/i);
      }
    }
  });

  it('keeps cumulative levels rising through the year, whatever mix of published and illustrative', () => {
    const order = ['Q1', 'H1', 'Q3', 'FY'];
    for (const spec of FILL_SPECS.filter((s) => s.measures.includes('level')))
      for (const region of FILL_REGIONS)
        for (const year of [2023, 2024]) {
          const levels = order.map((part) => find(region, `${year}${part}`, spec.indicator, 'level')[0]?.value ?? 0);
          const sorted = [...levels].sort((a, b) => a - b);
          expect(levels, `${spec.indicator} ${region} ${year}`).toEqual(sorted);
        }
  });

  it('keeps the six districts close to the city total for GDP', () => {
    const districts = FILL_REGIONS.filter((r) => r !== '330600');
    for (const period of FILL_PERIODS) {
      const city = find('330600', period, 'gdp', 'level')[0]!.value;
      const sum = districts.reduce((s, r) => s + find(r, period, 'gdp', 'level')[0]!.value, 0);
      expect(Math.abs(sum / city - 1), period).toBeLessThan(0.1);
    }
  });

  it('keeps illustrative growth within a few points of the published rates of the same indicator', () => {
    for (const spec of FILL_SPECS) {
      const rates = published.filter(
        (o) => o.indicator === spec.indicator && o.measure === 'growth' && FILL_REGIONS.includes(o.region as never),
      );
      if (rates.length === 0) continue;
      const min = Math.min(...rates.map((o) => o.value)) - 3;
      const max = Math.max(...rates.map((o) => o.value)) + 3;
      for (const o of illustrative.filter((x) => x.indicator === spec.indicator && x.measure === 'growth'))
        expect(o.value, o.id).toSatisfy((v: number) => v >= min && v <= max);
    }
  });
});

describe('the default view', () => {
  const { meta, observations: loaded } = loadDataset();
  const record = publishedHeadlineRecord(loaded);

  it('opens on the period with the richest published headline record, the latest on a tie', () => {
    const best = Math.max(...record.map((r) => r.cards));
    const candidates = record.filter((r) => r.cards === best);
    const mostFigures = Math.max(...candidates.map((r) => r.figures));
    const chosen = candidates.filter((r) => r.figures === mostFigures).at(-1)!;
    expect(meta.defaultPeriods.economy).toBe(chosen.period);
  });

  it('shows at least 7 of the 9 headline cards from the record in the default period', () => {
    expect(record.find((r) => r.period === meta.defaultPeriods.economy)!.cards).toBeGreaterThanOrEqual(7);
  });

  it('opens the target tracker where the most progress reports are, on a period of 2024', () => {
    const { targetProgress } = loadDataset();
    const count = (period: string) => targetProgress.filter((p) => p.period === period).length;
    const most = Math.max(...DASHBOARD_PERIODS.filter((p) => p.startsWith('2024')).map(count));
    expect(meta.defaultPeriods.targets).toMatch(/^2024/);
    expect(count(meta.defaultPeriods.targets)).toBe(most);
  });

  it('offers every cumulative period of 2022–2025 with published figures of Shaoxing, the fill years, and no other', () => {
    const shaoxing = new Set<string>([...FILL_REGIONS, 'binhai']);
    const withFigures = new Set(
      loaded
        .filter((o) => shaoxing.has(o.region) && o.status === 'published' && /^202[2-5](Q1|H1|Q3|FY)$/.test(o.period))
        .map((o) => o.period),
    );
    const expected = [...new Set([...withFigures, ...FILL_PERIODS])].sort(comparePeriods);
    expect([...DASHBOARD_PERIODS]).toEqual(expected);
    expect(meta.periods).toEqual([...DASHBOARD_PERIODS]);
    // 2025H1 (seed 002 and the 2025 city reports) is offered; the fill invents nothing outside 2023–2024.
    expect(meta.periods).toContain('2025H1');
    expect(
      loaded.filter((o) => o.status === 'illustrative' && !(FILL_PERIODS as readonly string[]).includes(o.period)),
    ).toEqual([]);
  });

  it('names in the header the latest period with published headline figures of the city', () => {
    const headline = new Set(MAIN_INDICATORS.map((m) => m.id));
    const periods = loaded
      .filter(
        (o) =>
          o.region === '330600' &&
          headline.has(o.indicator) &&
          o.status === 'published' &&
          o.source.type !== 'illustrative' &&
          o.source.reliability !== 'secondary' &&
          (DASHBOARD_PERIODS as readonly string[]).includes(o.period),
      )
      .map((o) => o.period);
    const latest = DASHBOARD_PERIODS.filter((p) => periods.includes(p)).at(-1);
    expect(meta.dataThrough).toBe(latest);
    // The first half of 2025 (seed 002's press figures), not 2025 as a whole: of 2025's full year only
    // a second-hand GDP figure and one platform's output are on record, and of its first three
    // quarters one district's GDP.
    expect(meta.dataThrough).toBe('2025H1');
  });
});

describe('the fill against the record', () => {
  const loaded = loadDataset().observations;
  const published = loaded.filter((o) => o.status === 'published');
  const districts = FILL_REGIONS.filter((r) => r !== '330600');
  const figure = (region: string, period: string, indicator: string, measure: string) =>
    loaded.find(
      (o) => o.region === region && o.period === period && o.indicator === indicator && o.measure === measure,
    );

  // Every rank among the city's units that a source states (居全市第N): the six 区、县（市）, with
  // 滨海新区 beside them where it is the unit ranked.
  const statedRanks = published.filter((o) => o.measure === 'rank' && o.rank?.scope === 'city');
  // Every comparison with the city or the province that a quote or note states (高于全市平均…).
  const comparisonPattern = /(高于|快于|低于|慢于)(全市|全省)/;
  const statedComparisons = published.flatMap((o) => {
    const text = `${o.source.type === 'illustrative' ? '' : o.source.quote} ${o.note ?? ''}`;
    const match = comparisonPattern.exec(text);
    return match ? [{ observation: o, above: ['高于', '快于'].includes(match[1]!), of: match[2]! }] : [];
  });

  it('finds the stated ranks and comparisons it checks', () => {
    const ids = statedRanks.map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining(['gdp-330681-2024q1-rank', 'industrial-value-added-330681-2024q1-rank']),
    );
    expect(statedComparisons.length).toBeGreaterThan(0);
  });

  it('keeps every stated rank among the six, counting published and illustrative figures alike', () => {
    const broken: string[] = [];
    for (const stated of statedRanks) {
      const measure = stated.rank?.basis === 'level' ? 'level' : 'growth';
      const own = figure(stated.region, stated.period, stated.indicator, measure);
      if (!own) continue; // the source ranks a figure it does not give: nothing to compare
      const others = districts
        .filter((r) => r !== stated.region)
        .map((r) => figure(r, stated.period, stated.indicator, measure))
        .filter((o) => o !== undefined);
      const above = others.filter((o) => o.value > own.value);
      const tied = others.filter((o) => o.value === own.value);
      const involved = [own, ...others];
      // A disagreement among published figures alone is the record's (e.g. a real rate ranked against
      // nominal ones); the fill must not add one.
      if (involved.every((o) => o.status === 'published')) continue;
      if (above.length !== stated.value - 1 || tied.some((o) => o.status === 'illustrative'))
        broken.push(
          `${stated.id}: stated ${stated.value}, drawn ${above.length + 1} ` +
            `(${own.value} vs ${others.map((o) => `${o.region} ${o.value}`).join(', ')})`,
        );
    }
    expect(broken).toEqual([]);
  });

  it('keeps every stated comparison with the city or the province', () => {
    const broken: string[] = [];
    for (const { observation, above, of } of statedComparisons) {
      const own = figure(observation.region, observation.period, observation.indicator, 'growth');
      const reference = figure(
        of === '全市' ? '330600' : '330000',
        observation.period,
        observation.indicator,
        'growth',
      );
      if (!own || !reference) continue; // no figure of the other side in the dataset
      if (own.status === 'published' && reference.status === 'published') continue;
      const holds = above ? own.value > reference.value : own.value < reference.value;
      if (!holds) broken.push(`${observation.id}: ${own.value} against ${of} ${reference.value}`);
    }
    expect(broken).toEqual([]);
  });

  it('draws no district rate that outranks a stated first place, e.g. 诸暨 Q1 2024 GDP growth', () => {
    const zhuji = figure('330681', '2024Q1', 'gdp', 'growth')!;
    for (const r of districts.filter((d) => d !== '330681'))
      expect(figure(r, '2024Q1', 'gdp', 'growth')!.value, r).toBeLessThan(zhuji.value);
  });

  it('keeps the city rate among its districts: never above or below more than four of the six', () => {
    const broken: string[] = [];
    for (const spec of FILL_SPECS.filter((s) => s.measures.includes('growth')))
      for (const period of FILL_PERIODS) {
        const city = figure('330600', period, spec.indicator, 'growth')!;
        const six = districts.map((r) => figure(r, period, spec.indicator, 'growth')!);
        if ([city, ...six].every((o) => o.status === 'published')) continue;
        const higher = six.filter((o) => o.value > city.value).length;
        const lower = six.filter((o) => o.value < city.value).length;
        if (higher > 4 || lower > 4)
          broken.push(`${spec.indicator} ${period}: city ${city.value}, ${six.map((o) => o.value).join(' ')}`);
      }
    expect(broken).toEqual([]);
  });
});

describe('ids and references', () => {
  it('has unique ids across observations, targets and progress entries', () => {
    const ids = [...observations, ...targets, ...progress].map((x) => x.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('references only existing regions, indicators, sources, areas, targets and observations', () => {
    const missing: string[] = [];
    const need = (ok: boolean, what: string) => {
      if (!ok) missing.push(what);
    };
    const areaIds = new Set(targetAreas.map((a) => a.id));
    const targetIds = new Set(targets.map((t) => t.id));
    const observationIds = new Set(observations.map((o) => o.id));
    for (const o of observations) {
      need(regionById.has(o.region), `${o.id}: region ${o.region}`);
      need(indicatorById.has(o.indicator), `${o.id}: indicator ${o.indicator}`);
      need(o.source in sources, `${o.id}: source ${o.source}`);
      for (const alt of o.alternatives ?? []) need(alt.source in sources, `${o.id} alternative: source ${alt.source}`);
    }
    for (const t of targets) {
      need(regionById.has(t.owner), `${t.id}: owner ${t.owner}`);
      need(areaIds.has(t.area), `${t.id}: area ${t.area}`);
      need(t.source in sources, `${t.id}: source ${t.source}`);
      for (const ref of [t.linked, t.relatedTo]) {
        if (ref) need(indicatorById.has(ref.indicator), `${t.id}: indicator ${ref.indicator}`);
      }
    }
    for (const p of progress) {
      need(targetIds.has(p.target), `${p.id}: target ${p.target}`);
      need(regionById.has(p.region), `${p.id}: region ${p.region}`);
      need(p.source in sources, `${p.id}: source ${p.source}`);
      if (p.observation !== null) need(observationIds.has(p.observation), `${p.id}: observation ${p.observation}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('observation values', () => {
  it('are in range for their unit and measure', () => {
    const bad: string[] = [];
    for (const o of observations) {
      const where = `${o.id} (${o.value} ${o.unit})`;
      if (!Number.isFinite(o.value)) bad.push(`${where}: not finite`);
      if (o.measure === 'growth') {
        if (o.unit !== '%') bad.push(`${where}: growth not in %`);
        if (o.value < -100 || o.value > 1000) bad.push(`${where}: growth outside -100…1000`);
      } else if (o.measure === 'rank') {
        if (o.unit !== '位') bad.push(`${where}: rank unit is not 位`);
        if (!Number.isInteger(o.value) || o.value < 1 || o.value > 100) bad.push(`${where}: rank not 1…100`);
        const kind = regionById.get(o.region)?.kind;
        if (!o.rank) bad.push(`${where}: rank without scope`);
        else if (o.rank.scope === 'city' && o.value > 7) bad.push(`${where}: rank in the city beyond 7`);
        else if (o.rank.scope === 'province' && kind === 'prefecture-city' && o.value > 11) {
          bad.push(`${where}: prefecture city ranked beyond 11 in the province`);
        }
      } else if (o.measure === 'level') {
        if (o.unit === '%') {
          // Completion rates of a plan (完成率) may pass 100%; every other % level is a share.
          const completion = o.indicator.includes('completion');
          if (o.value < 0 || (!completion && o.value > 100)) bad.push(`${where}: share outside 0…100`);
        } else if (o.value < 0) {
          bad.push(`${where}: negative level`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives growth observations a growth basis, and real indicators nominal growth only with a caveat', () => {
    const bad: string[] = [];
    for (const o of observations) {
      if (o.measure === 'growth' && o.growthBasis === undefined) bad.push(`${o.id}: growth without growthBasis`);
      if (o.measure !== 'growth' && o.growthBasis !== undefined) bad.push(`${o.id}: growthBasis on ${o.measure}`);
      if (
        o.measure === 'growth' &&
        o.growthBasis === 'nominal' &&
        indicatorById.get(o.indicator)?.growthBasis === 'real' &&
        sources[o.source]?.reliability !== 'secondary' &&
        o.note === undefined
      ) {
        bad.push(`${o.id}: nominal growth of a real indicator without a note`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps every rule a figure must keep to be published (the import and the API check apply the same)', () => {
    const dataset = loadDataset();
    const problems = consistencyProblems(dataset.observations, dataset);
    expect(
      problems.map((p) => `${p.figures.map((i) => dataset.observations[i]?.id).join(' / ')}: ${p.problem.en}`),
    ).toEqual([]);
  });
});

describe('targets', () => {
  const workReport = targets.filter((t) => t.owner === '330600' && t.source === 'seed-004');

  it('counts 121 targets of the 2024 work report, as NOTES.md says', () => {
    const notes = readFileSync(resolve(dataDir, 'NOTES.md'), 'utf8');
    const stated = /Count of the 2024 work report's targets \(seed-004\): (\d+)/.exec(notes)?.[1];
    expect(Number(stated)).toBe(121);
    expect(workReport).toHaveLength(121);
  });

  it('has the expected number of work-report targets in each area', () => {
    const expected: Record<string, number> = {
      main: 13,
      innovation: 15,
      manufacturing: 13,
      demand: 15,
      reform: 8,
      urban: 11,
      rural: 20,
      'culture-tourism': 10,
      environment: 11,
      livelihood: 4,
      governance: 1,
      'other-330600': 0,
      'other-binhai': 0,
    };
    const actual = Object.fromEntries(
      targetAreas.map((a) => [a.id, workReport.filter((t) => t.area === a.id).length] as const),
    );
    expect(actual).toEqual(expected);
    expect(targets.filter((t) => t.area === 'other-330600')).toHaveLength(7);
    expect(targets.filter((t) => t.area === 'other-binhai')).toHaveLength(7);
  });

  it('links progress only where the tracker can show it: the target’s owner, a period of its year, a figure or words', () => {
    const targetById = new Map(targets.map((t) => [t.id, t]));
    const bad: string[] = [];
    for (const p of progress) {
      const target = targetById.get(p.target);
      if (!target) {
        bad.push(`${p.id}: no target ${p.target}`);
        continue;
      }
      if (p.region !== target.owner) bad.push(`${p.id}: region ${p.region}, but the target is ${target.owner}'s`);
      if (!p.period.startsWith(String(target.year))) bad.push(`${p.id}: ${p.period} is not in ${target.year}`);
      if (p.observation === null && !p.text?.zh.trim()) bad.push(`${p.id}: neither a figure nor words`);
      // A qualitative target names no measure: its progress is words (文字进展), never a figure.
      if (target.kind === 'qualitative' && p.observation !== null)
        bad.push(`${p.id}: a figure for a qualitative target`);
      const observation = p.observation === null ? null : observations.find((o) => o.id === p.observation);
      if (observation && (observation.region !== p.region || observation.period !== p.period))
        bad.push(`${p.id}: its figure is of ${observation.region} ${observation.period}`);
    }
    expect(bad).toEqual([]);
    // Progress in words is part of the record (NOTES.md: 文字进展 from seed-000).
    expect(progress.filter((p) => p.observation === null).length).toBeGreaterThanOrEqual(4);
  });

  it('has operators and values that fit the kind', () => {
    const bad: string[] = [];
    for (const t of targets) {
      if (t.kind === 'growth') {
        // `equal` is the plain “增长9%” (NOTES.md: plain numbers use `equal`).
        if (!['at-least', 'about', 'at-most', 'equal'].includes(t.operator))
          bad.push(`${t.id}: operator ${t.operator}`);
        if (typeof t.value !== 'number' || !Number.isFinite(t.value)) bad.push(`${t.id}: growth without a value`);
      }
      if (t.kind === 'relational' && t.relatedTo === null) bad.push(`${t.id}: relational without relatedTo`);
      if (t.kind === 'qualitative' && t.value !== null) bad.push(`${t.id}: qualitative with a value`);
    }
    expect(bad).toEqual([]);
  });
});

describe('quotes', () => {
  it('finds every document quote in the seed documents', () => {
    if (!existsSync(seedsDir)) return;
    const result = checkQuotes(readRawDataset(dataDir), { sourcesDir: seedsDir });
    expect(result.missing).toEqual([]);
    const documentQuotes = collectQuotes(readRawDataset(dataDir)).filter(
      (q) => sources[q.source]?.type === 'document',
    ).length;
    expect(result.checked).toBe(documentQuotes);
    expect(result.checked).toBeGreaterThan(0);
  });

  it('reports a quote that is not in its document', () => {
    if (!existsSync(seedsDir)) return;
    const data = readRawDataset(dataDir);
    const first = data.observations.find((o) => sources[o.source]?.type === 'document');
    expect(first).toBeDefined();
    if (!first) return;
    const broken = { ...data, observations: [{ ...first, quote: `${first.quote}不在原文中的文字` }] };
    expect(checkQuotes(broken, { sourcesDir: seedsDir }).missing.map((m) => m.id)).toEqual([first.id]);
  });

  it('recognises values written in the quote', () => {
    expect(quoteStatesValue('全年实现地区生产总值7791亿元，增长7.8%', 7791)).toBe(true);
    expect(quoteStatesValue('增长 8.0%', 8)).toBe(true);
    expect(quoteStatesValue('下降15.3%', -15.3)).toBe(true);
    expect(quoteStatesValue('增长17.8%', 7.8)).toBe(false);
    expect(quoteStatesValue('增速居全省第五位', 5)).toBe(false);
  });
});

describe('reliability: every number citable', () => {
  const data = loadDataset();
  const published = data.observations.filter((o) => o.status === 'published');
  const rawSources =
    readJson<
      Record<
        string,
        RawSource & { title?: string; issuer?: string; publisher?: string | null; date: string | null; note?: string }
      >
    >('sources.json');

  it('names every source by title, issuer and date (a null date only with a note saying why), never by file', () => {
    for (const [key, source] of Object.entries(rawSources)) {
      expect(source.title?.trim(), `${key}: title`).toBeTruthy();
      const issuer = source.type === 'document' ? source.issuer : source.publisher;
      expect(issuer?.trim(), `${key}: issuer (write 未署名 where the source names none)`).toBeTruthy();
      if (source.date === null) expect(source.note?.trim(), `${key}: no date and no note saying why`).toBeTruthy();
    }
    for (const o of published) {
      if (o.source.type === 'illustrative') continue;
      expect(o.source.issuer.trim(), o.id).toBeTruthy();
      expect(JSON.stringify(o.source), o.id).not.toMatch(/\d{3}_[0-9a-f]+\.txt/);
    }
  });

  it('shows the most reliable figure of a cell; the others are its alternatives', () => {
    for (const o of published) {
      for (const alternative of o.alternatives) {
        expect(
          reliabilityRank(o.source),
          `${o.id}: alternative ${alternative.value} is from a more reliable source than the figure shown`,
        ).toBeLessThanOrEqual(reliabilityRank(alternative.source));
      }
    }
  });

  const trackerData: TrackerData = {
    areas: data.targetAreas,
    targets: data.targets,
    progress: data.targetProgress,
    indicators: data.indicators,
    observations: published,
  };
  const owners = [...new Set(data.targets.map((t) => t.owner))];
  const periods = [...DASHBOARD_PERIODS];

  it('never judges a target on a secondary figure (tracker and KPI cards)', () => {
    let refused = 0;
    for (const owner of owners) {
      for (const period of periods) {
        for (const row of buildRows(trackerData, owner, period)) {
          const { judgement } = row;
          if (judgement.reason === 'secondary-source') refused += 1;
          if (judgement.status === 'no-data' || judgement.status === 'words') continue;
          const where = `${row.target.id} ${period}`;
          if (judgement.figure?.observation) {
            expect(
              isSecondarySource(judgement.figure.observation.source),
              `${where}: judged on a secondary figure`,
            ).toBe(false);
            expect(isSecondarySource(judgement.figure.source), `${where}: judged on a secondary progress entry`).toBe(
              false,
            );
          }
          if (judgement.compared) {
            expect(isSecondarySource(judgement.compared.source), `${where}: compared with a secondary figure`).toBe(
              false,
            );
          }
        }
      }
    }
    // Not vacuous: the dataset has secondary progress figures (2024H1 GDP), and they are refused.
    expect(refused).toBeGreaterThan(0);

    for (const indicator of data.indicators) {
      const target = findGrowthTarget(data.targets, indicator.id, '330600');
      if (!target) continue;
      for (const period of DASHBOARD_PERIODS.filter((p) => p.startsWith('2024'))) {
        const ofIndicator = published.filter((o) => o.indicator === indicator.id);
        const figure = pickKpiFigures(ofIndicator, '330600', period).growth;
        const related =
          published.find(
            (o) =>
              o.region === '330600' &&
              o.period === period &&
              o.indicator === target.relatedTo?.indicator &&
              o.measure === 'growth' &&
              canJudge(o) &&
              o.growthBasis === 'real',
          ) ?? null;
        if (!figure) continue;
        const check = checkGrowthTarget(target, figure, related, indicator);
        if (check)
          expect(isSecondarySource(figure.source), `${indicator.id} ${period}: card judged a secondary figure`).toBe(
            false,
          );
      }
    }
  });

  it('never ranks on a secondary figure, stated or computed (ranking and KPI cards)', () => {
    const six = ['330602', '330603', '330604', '330681', '330683', '330624'];
    for (const indicator of data.indicators) {
      const ofIndicator = data.observations.filter((o) => o.indicator === indicator.id);
      if (ofIndicator.length === 0) continue;
      for (const period of DASHBOARD_PERIODS) {
        for (const measure of MEASURE_CHOICES) {
          const rows = rankDistricts({
            observations: ofIndicator,
            districts: six,
            indicator: indicator.id,
            measure,
            period,
            higherIsBetter: indicator.higherIsBetter,
          });
          for (const row of rows) {
            if (!row.rank) continue;
            const where = `${indicator.id} ${period} ${measure} ${row.region}`;
            if (row.rank.kind === 'published') {
              expect(isSecondarySource(row.rank.source!), `${where}: a secondary source's rank`).toBe(false);
            } else {
              for (const other of rows) {
                if (other.figure)
                  expect(
                    isSecondarySource(other.figure.source),
                    `${where}: ranked on ${other.region}'s secondary figure`,
                  ).toBe(false);
              }
            }
          }
        }
        for (const region of six) {
          for (const measure of ['level', 'growth'] as const) {
            const rank = cityRank(ofIndicator, region, period, measure, indicator.higherIsBetter);
            if (!rank) continue;
            const where = `${indicator.id} ${period} ${measure} ${region}`;
            if (rank.observation)
              expect(isSecondarySource(rank.observation.source), `${where}: stated by a secondary source`).toBe(false);
            else {
              for (const id of six) {
                const input = ofIndicator.find((o) => o.region === id && o.period === period && o.measure === measure);
                expect(
                  input && isSecondarySource(input.source),
                  `${where}: computed from ${id}'s secondary figure`,
                ).toBe(false);
              }
            }
          }
        }
      }
    }
  });
});
