import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../mock/data/load';
import { readTargetParams, writeTargetParams } from './page-params';
import { buildTargetCsv } from './target-csv';
import {
  barGeometry,
  buildRows,
  countByStatus,
  filterRows,
  formatTargetValue,
  groupByArea,
  periodsWithFigures,
  sameTimeInTargetYear,
  scopeOf,
  type TrackerData,
} from './target-view';

const dataset = loadDataset();
const data: TrackerData = {
  areas: dataset.targetAreas,
  targets: dataset.targets,
  progress: dataset.targetProgress,
  indicators: dataset.indicators,
  observations: dataset.observations.filter((o) => o.status === 'published'),
};
const byId = (rows: ReturnType<typeof buildRows>, id: string) => rows.find((r) => r.target.id === id)!;

describe('the tracker rows from the dataset', () => {
  const q1 = buildRows(data, '330600', '2024Q1');

  it('has every city target once, main targets first, and counts that add up', () => {
    expect(q1).toHaveLength(128);
    expect(q1[0]?.target.area).toBe('main');
    const counts = countByStatus(q1);
    const sum =
      counts.ahead + counts['on-track'] + counts.behind + counts.met + counts.missed + counts.words + counts['no-data'];
    expect(sum).toBe(counts.total);
    expect(groupByArea(q1, data.areas).map((g) => g.area.id)).toEqual([
      'main',
      'innovation',
      'manufacturing',
      'demand',
      'reform',
      'urban',
      'rural',
      'culture-tourism',
      'environment',
      'livelihood',
      'governance',
      'other-330600',
    ]);
  });

  it('judges the seeds as officials would in Q1 2024', () => {
    expect(byId(q1, 't2024-main-gdp').judgement.status).toBe('ahead');
    expect(byId(q1, 't2024-main-services').judgement.status).toBe('on-track');
    expect(byId(q1, 't2024-main-revenue').judgement.status).toBe('behind');
    expect(byId(q1, 't2024-demand-land').judgement.status).toBe('on-track'); // 5085亩 of 2万亩: 25.4%
    expect(byId(q1, 't2024-city-qxwy-plan').judgement.completion).toBe(26.7);
    expect(byId(q1, 't2024-city-policy-funds').judgement.status).toBe('ahead');
    expect(byId(q1, 't2024-innov-engineers').judgement.status).toBe('ahead'); // 99 of 100
  });

  it('shows the report’s tasks in words under their work area, with their Q1 words, never judged', () => {
    const rail = byId(q1, 't2024-urban-rail');
    expect(rail.area?.id).toBe('urban');
    expect(rail.judgement.status).toBe('words');
    expect(rail.judgement.words?.zh).toContain('地铁1号线支线开通运营');
    expect(rail.judgement.completion).toBeNull();
    expect(barGeometry(rail.judgement, rail.target)).toBeNull();
    // Both quotes are kept: the report's phrase for the target, seed-000's sentence for its progress.
    expect(rail.judgement.figure?.source).toMatchObject({ quote: expect.stringContaining('地铁2号线二期开工') });
    expect(rail.target.source).toMatchObject({ quote: expect.stringContaining('加快轨道交通二期及1号线支线') });
    // Qualitative targets with words at Q1, by area in the page's order (NOTES.md “Progress entries”).
    const inWords = q1
      .filter((r) => r.target.kind === 'qualitative' && r.judgement.status === 'words')
      .map((r) => r.target.area);
    expect(inWords).toEqual([
      'manufacturing',
      'manufacturing',
      'manufacturing',
      'demand',
      'demand',
      'demand',
      'urban',
      'urban',
      'urban',
    ]);
    // City targets with progress at 2024Q1: 9 before the report's tasks in words, 18 with them.
    expect(q1.filter((r) => r.judgement.status !== 'no-data')).toHaveLength(18);
  });

  it('never judges the 2024 GDP target on the nominal full-year rate', () => {
    const fy = buildRows(data, '330600', '2024FY');
    expect(byId(fy, 't2024-main-gdp').judgement).toMatchObject({ status: 'no-data', reason: 'basis-mismatch' });
    // Figures: Q1 and H1 only. (Qualitative targets show their latest words in every later period.)
    expect(periodsWithFigures(fy.filter((r) => r.target.kind !== 'qualitative'))).toEqual(['2024Q1', '2024H1']);
    expect(periodsWithFigures(fy)).toEqual(['2024Q1', '2024H1', '2024Q3', '2024FY']);
  });

  it('gives 滨海新区 its own seven targets', () => {
    const binhai = buildRows(data, 'binhai', '2024Q1');
    expect(binhai).toHaveLength(7);
    expect(byId(binhai, 't2024-binhai-bonded-firms').judgement.status).toBe('behind');
    expect(byId(binhai, 't2024-binhai-biomed-output').judgement.status).toBe('on-track');
    expect(byId(binhai, 't2024-binhai-biomed-fai').judgement.status).toBe('behind');
  });

  it('filters by status, area and words in either language', () => {
    expect(filterRows(q1, { status: 'ahead' }).every((r) => r.judgement.status === 'ahead')).toBe(true);
    expect(filterRows(q1, { area: 'main' })).toHaveLength(13);
    expect(filterRows(q1, { q: '高新技术' }).every((r) => r.target.text.zh.includes('高新技术'))).toBe(true);
    expect(filterRows(q1, { q: 'GDP growth' }).map((r) => r.target.id)).toContain('t2024-main-gdp');
    expect(filterRows(q1, { q: '   ' })).toHaveLength(128);
  });

  it('writes a CSV with the status and the source of each row', () => {
    const csv = buildTargetCsv(
      filterRows(q1, { area: 'main' }),
      {
        header: {
          area: 'a',
          target: 't',
          value: 'v',
          period: 'p',
          progress: 'pr',
          progressUnit: 'pu',
          completion: 'c',
          elapsed: 'e',
          compared: 'cm',
          status: 's',
          note: 'n',
          source: 'src',
          sourceDate: 'd',
          sourceQuote: 'q',
          targetSource: 'ts',
        },
        status: (row) => row.judgement.status,
        note: (row) => row.judgement.reason ?? '',
        period: '2024年一季度',
        growthUnit: '%（同比）',
        changeUnit: '个百分点',
      },
      'zh-CN',
    );
    const lines = csv.split('\r\n');
    expect(lines[1]).toContain('地区生产总值增长6.5%以上,6.5%以上,2024年一季度,7.8,%（同比）');
    expect(lines[1]).toContain('ahead');
    expect(lines[1]).toContain('一季度全市GDP增长7.8%');
  });

  it('writes compared figures as numbers, nothing an office program would read as a formula or a quoted text', () => {
    const labels = {
      header: Object.fromEntries(
        [
          'area',
          'target',
          'value',
          'period',
          'progress',
          'progressUnit',
          'completion',
          'elapsed',
          'compared',
          'status',
          'note',
          'source',
          'sourceDate',
          'sourceQuote',
          'targetSource',
        ].map((k) => [k, k]),
      ) as Parameters<typeof buildTargetCsv>[1]['header'],
      status: (row: (typeof q1)[number]) => row.judgement.status,
      note: () => '',
      period: 'Q1 2024',
      growthUnit: '%',
      changeUnit: 'pp',
    };
    const csv = buildTargetCsv(q1, labels, 'en');
    expect(csv).not.toMatch(/'[+-]/);
    const compared = q1.filter((row) => row.judgement.compared);
    expect(compared.length).toBeGreaterThan(0);
    for (const row of compared) expect(csv).toContain(`,${row.judgement.compared!.value},`);
  });
});

describe('formatTargetValue', () => {
  const t = (id: string) => dataset.targets.find((x) => x.id === id)!;
  it('keeps the report’s terms', () => {
    expect(formatTargetValue(t('t2024-main-gdp'), 'zh-CN')).toBe('6.5%以上');
    expect(formatTargetValue(t('t2024-main-cpi'), 'zh-CN')).toBe('3%左右');
    expect(formatTargetValue(t('t2024-main-unemployment'), 'zh-CN')).toBe('5%以内');
    expect(formatTargetValue(t('t2024-env-pm25'), 'zh-CN')).toBe('28微克/立方米以下');
    expect(formatTargetValue(t('t2024-innov-high-tech'), 'zh-CN')).toBe('350家');
    expect(formatTargetValue(t('t2024-main-services'), 'zh-CN')).toBeNull();
  });
  it('speaks English units', () => {
    expect(formatTargetValue(t('t2024-main-gdp'), 'en')).toBe('at least 6.5%');
    expect(formatTargetValue(t('t2024-innov-high-tech'), 'en')).toBe('350 firms');
    expect(formatTargetValue(t('t2024-innov-graduates'), 'en')).toBe('140k people');
    expect(formatTargetValue(t('t2024-live-dibao'), 'en')).toBe('at least ¥14k a year');
  });
});

describe('barGeometry', () => {
  const q1 = buildRows(data, '330600', '2024Q1');
  it('puts the 序时进度 marker at 25% in Q1 and caps the fill', () => {
    const row = byId(q1, 't2024-city-policy-funds');
    expect(barGeometry(row.judgement, row.target)).toEqual({
      mode: 'completion',
      fill: 56.2,
      marker: 25,
      overflow: false,
    });
  });
  it('draws a rate against its target marker, and nothing without a figure', () => {
    const gdp = byId(q1, 't2024-main-gdp');
    const geometry = barGeometry(gdp.judgement, gdp.target)!;
    expect(geometry.mode).toBe('value');
    expect(geometry.fill).toBeGreaterThan(geometry.marker);
    const rd = byId(q1, 't2024-main-rd');
    expect(barGeometry(rd.judgement, rd.target)).toBeNull();
  });
});

describe('scope and periods', () => {
  it('shows the city’s targets for districts without their own', () => {
    expect(scopeOf('330600')).toEqual({ owner: '330600', cityWide: false });
    expect(scopeOf('330681')).toEqual({ owner: '330600', cityWide: true });
    expect(scopeOf('binhai')).toEqual({ owner: 'binhai', cityWide: false });
    expect(sameTimeInTargetYear('2023H1')).toBe('2024H1');
  });
});

describe('page parameters', () => {
  const known = { areas: ['main', 'innovation'], targets: ['t2024-main-gdp'] };
  it('parses each on its own and reports the invalid ones', () => {
    const { params, invalid } = readTargetParams(
      new URLSearchParams('status=behind&area=nowhere&q=GDP&target=t2024-main-gdp'),
      known,
    );
    expect(params).toEqual({ status: 'behind', q: 'GDP', target: 't2024-main-gdp' });
    expect(invalid).toEqual([{ param: 'area', value: 'nowhere' }]);
    expect(readTargetParams(new URLSearchParams('status=<script>'), known).invalid).toHaveLength(1);
    expect(readTargetParams(new URLSearchParams(`q=${'x'.repeat(101)}`), known).invalid).toHaveLength(1);
  });
  it('removes empty values when writing', () => {
    const next = writeTargetParams(new URLSearchParams('period=2024Q1&status=behind'), { status: undefined, q: '' });
    expect(next.toString()).toBe('period=2024Q1');
  });
});
