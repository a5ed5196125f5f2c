/**
 * Whether the answers agree with themselves and with each other: every figure keeps the rules a
 * figure keeps to be published (src/domain/consistency.ts, the one home of those rules, with the
 * API's own /indicators and /regions as the catalogue), /meta offers periods that have figures, and
 * targets and progress reports point at things that exist.
 */
import { figureKey } from '../../src/api/contract/observations';
import { consistencyProblems, type Catalogue } from '../../src/domain/consistency';
import { parsePeriod } from '../../src/lib/periods';
import type { Baseline, Unfiltered } from './baseline';
import type { ApiClient } from './http';
import { judged, skip, type CheckResult, type Finding } from './report';

function figureRules(client: ApiClient, baseline: Baseline): CheckResult {
  const name = 'consistency: every figure keeps the publication rules';
  const { observations, targets, indicators, regions } = baseline;
  if (!observations || !indicators || !regions) {
    return skip(name, 'needs the unfiltered /observations, /indicators and /regions');
  }
  // Progress figures are figures too, and one figure has one value wherever it is sent.
  const progressFigures = (targets?.decoded.progress ?? []).flatMap((p) => (p.observation ? [p.observation] : []));
  const list = [...observations.decoded, ...progressFigures];
  const catalogue: Catalogue = { indicators: indicators.body.data, regions: regions.body.data };
  const findings = consistencyProblems(list, catalogue).map((problem): Finding => {
    const involved = problem.figures.map((i) => list[i]!);
    const at = involved[0]!;
    const periods = [...new Set(involved.map((o) => o.period))].join(',');
    const fromProgress = problem.figures.some((i) => i >= observations.decoded.length);
    return {
      problem: `${problem.rule}: ${figureKey(at)}: ${problem.problem.en}${fromProgress ? ' (a /targets progress figure)' : ''}`,
      url: fromProgress
        ? client.url('/targets', { indicator: at.indicator })
        : client.url('/observations', { indicator: at.indicator, region: at.region, period: periods }),
      expected: problem.expected.en,
    };
  });
  return judged(name, findings, `${list.length} figures (${progressFigures.length} of them progress figures)`);
}

const META_PERIODS = 'consistency: /meta periods have figures';
const META_NAMED = 'consistency: /meta default and latest periods have published figures';

function metaPeriods(
  client: ApiClient,
  meta: Unfiltered<'meta'>,
  observations: Unfiltered<'observations'>,
): CheckResult[] {
  const data = meta.decoded;
  const url = client.url('/meta');
  const withFigures = new Set(observations.decoded.map((o) => o.period));
  const withPublished = new Set(observations.decoded.filter((o) => o.status === 'published').map((o) => o.period));
  const offered = new Set(data.periods);

  const periodFindings: Finding[] = data.periods
    .filter((p) => !withFigures.has(p))
    .map((p) => ({
      problem: `period ${p} is offered but no figure has it`,
      url: client.url('/observations', { period: p }),
      expected: 'every period of /meta periods to have figures',
    }));
  const order = data.periods.map((p) => parsePeriod(p)!).map((p) => p.year * 100 + p.months);
  const unsorted = order.findIndex((value, i) => i > 0 && value <= order[i - 1]!);
  if (unsorted > 0) {
    periodFindings.push({
      problem: `periods out of order at ${data.periods[unsorted]}`,
      url,
      expected: 'periods oldest first, each once',
    });
  }

  const named: [string, string][] = [
    ['defaultPeriods.economy', data.defaultPeriods.economy],
    ['defaultPeriods.counties', data.defaultPeriods.counties],
    ['defaultPeriods.targets', data.defaultPeriods.targets],
    ['latestPublishedPeriod', data.latestPublishedPeriod],
    ['dataThrough', data.dataThrough],
  ];
  const namedFindings: Finding[] = named.flatMap(([field, period]): Finding[] => {
    const problems: Finding[] = [];
    if (!offered.has(period)) {
      problems.push({
        problem: `${field} ${period} is not among the periods offered`,
        url,
        expected: `${field} among /meta periods`,
      });
    }
    if (!withPublished.has(period)) {
      problems.push({
        problem: `${field} ${period} has no published figure`,
        url: client.url('/observations', { period, status: 'published' }),
        expected: `${field} to be a period with published figures`,
      });
    }
    return problems;
  });
  return [
    judged(META_PERIODS, periodFindings, `${data.periods.length} periods`),
    judged(META_NAMED, namedFindings, named.map(([field, period]) => `${field} ${period}`).join(', ')),
  ];
}

function targetLinks(client: ApiClient, baseline: Baseline): CheckResult[] {
  const { targets, indicators, regions } = baseline;
  const linksName = 'consistency: targets name known indicators, regions and areas';
  const progressName = 'consistency: progress reports refer to known targets and regions';
  if (!targets || !indicators || !regions) {
    return [linksName, progressName].map((name) =>
      skip(name, 'needs the unfiltered /targets, /indicators and /regions'),
    );
  }
  const url = client.url('/targets');
  const indicatorIds = new Set(indicators.body.data.map((i) => i.id));
  const regionIds = new Set(regions.body.data.map((r) => r.id));
  const { areas, targets: list, progress } = targets.body.data;
  const areaIds = new Set(areas.map((a) => a.id));
  const targetIds = new Set(list.map((t) => t.id));

  const links = list.flatMap((t): Finding[] => {
    const problems: Finding[] = [];
    const add = (problem: string, expected: string) =>
      problems.push({ problem: `target ${t.id}: ${problem}`, url, expected });
    for (const [field, ref] of [
      ['linked', t.linked],
      ['relatedTo', t.relatedTo],
    ] as const) {
      if (ref && !indicatorIds.has(ref.indicator)) {
        add(`${field} indicator "${ref.indicator}" is not in /indicators`, 'an indicator of the catalogue');
      }
    }
    if (!regionIds.has(t.owner)) add(`owner "${t.owner}" is not in /regions`, 'a region of /regions');
    if (!areaIds.has(t.area)) add(`area "${t.area}" is not among the answer's areas`, 'one of data.areas');
    return problems;
  });
  const reports = progress.flatMap((p): Finding[] => {
    const problems: Finding[] = [];
    if (!targetIds.has(p.target)) {
      problems.push({
        problem: `progress ${p.id} refers to target "${p.target}", which is not sent`,
        url,
        expected: 'a target of data.targets',
      });
    }
    if (!regionIds.has(p.region)) {
      problems.push({
        problem: `progress ${p.id}: region "${p.region}" is not in /regions`,
        url,
        expected: 'a region of /regions',
      });
    }
    return problems;
  });
  return [
    judged(linksName, links, `${list.length} targets`),
    judged(progressName, reports, `${progress.length} progress reports`),
  ];
}

export function consistencyChecks(client: ApiClient, baseline: Baseline): CheckResult[] {
  const { meta, observations } = baseline;
  return [
    figureRules(client, baseline),
    ...(meta && observations
      ? metaPeriods(client, meta, observations)
      : [META_PERIODS, META_NAMED].map((name) => skip(name, 'needs the unfiltered /meta and /observations'))),
    ...targetLinks(client, baseline),
  ];
}
