/** Static figures for the floor's charts; each re-render draws a new set from the next seed. */

export const PERIODS = ['2023Q1', '2023H1', '2023Q3', '2023FY', '2024Q1', '2024H1', '2024Q3', '2024FY'];
export const REGIONS = ['越城区', '柯桥区', '上虞区', '诸暨市', '嵊州市', '新昌县', '滨海新区'];

export interface FloorSeries {
  name: string;
  values: number[];
}

export interface FloorChartData {
  id: string;
  title: string;
  kind: 'bar' | 'line';
  categories: string[];
  series: FloorSeries[];
}

export interface FloorData {
  headline: number;
  charts: FloorChartData[];
}

/** A small deterministic generator (mulberry32), so every run draws the same figures. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARTS: Pick<FloorChartData, 'id' | 'title' | 'kind'>[] = [
  { id: 'gdp', title: '地区生产总值', kind: 'line' },
  { id: 'industry', title: '规上工业增加值', kind: 'bar' },
  { id: 'investment', title: '固定资产投资', kind: 'line' },
  { id: 'retail', title: '社会消费品零售总额', kind: 'bar' },
  { id: 'exports', title: '出口总额', kind: 'line' },
  { id: 'ranking', title: '区县增速', kind: 'bar' },
];

export function floorData(seed: number): FloorData {
  const next = random(seed + 1);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    // Differs from one seed to the next, so a re-render always shows a new headline.
    headline: 5 + (seed % 50) / 10,
    charts: CHARTS.map((chart) => {
      const categories = chart.id === 'ranking' ? REGIONS : PERIODS;
      const series = (chart.id === 'ranking' ? ['增速'] : ['绝对值', '增速']).map((name) => ({
        name,
        values: categories.map(() => round(name === '增速' ? next() * 12 - 2 : 500 + next() * 4000)),
      }));
      return { ...chart, categories, series };
    }),
  };
}
