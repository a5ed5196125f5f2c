import { describe, expect, it } from 'vitest';
import type { Source } from '../../api/contract/common';
import { sortRows, tableToCsv, type TableColumn, type TableRow } from './table-model';

const source: Source = {
  type: 'document',
  title: '一季度报告',
  issuer: '发布机构',
  date: '2024-04',
  quote: '增长7.8%',
  reliability: 'official',
};
const illustrative: Source = { type: 'illustrative', method: { zh: '示意', en: 'illustrative' } };

const columns: TableColumn[] = [
  { id: 'region', label: '地区' },
  { id: 'gdp', label: 'GDP增速', numeric: true, sortable: true, figure: true },
];
const row = (id: string, value: number | null, status: 'published' | 'illustrative' | 'missing'): TableRow => ({
  id,
  cells: {
    region: { text: id },
    gdp: {
      text: value === null ? '—' : `${value}%`,
      sortValue: value,
      csvValue: value,
      status,
      source: status === 'missing' ? null : status === 'illustrative' ? illustrative : source,
    },
  },
});
const rows = [row('越城', 6.1, 'illustrative'), row('柯桥', null, 'missing'), row('诸暨', 8.4, 'published')];

describe('sortRows', () => {
  it('sorts numbers both ways and keeps missing values last in either direction', () => {
    const ids = (direction: 'asc' | 'desc') => sortRows(rows, { column: 'gdp', direction }).map((r) => r.id);
    expect(ids('desc')).toEqual(['诸暨', '越城', '柯桥']);
    expect(ids('asc')).toEqual(['越城', '诸暨', '柯桥']);
  });

  it('keeps the given order without a sort', () => {
    expect(sortRows(rows, null).map((r) => r.id)).toEqual(['越城', '柯桥', '诸暨']);
  });
});

describe('tableToCsv', () => {
  const csv = tableToCsv(columns, rows, {
    statusHeader: (c) => `${c}（状态）`,
    sourceHeader: (c) => `${c}（来源）`,
    status: (s) => ({ published: '已发布', illustrative: '示意', missing: '缺失' })[s],
    source: (s) => (s.type === 'illustrative' ? s.method.zh : `${s.title}：${s.quote}`),
  });
  const lines = csv.replace('\uFEFF', '').trim().split('\r\n');

  it('puts status and source beside each figure column', () => {
    expect(lines[0]).toBe('地区,GDP增速,GDP增速（状态）,GDP增速（来源）');
  });

  it('exports raw numbers, marks illustrative ones, and leaves missing ones empty', () => {
    expect(lines.slice(1)).toEqual(['越城,6.1,示意,示意', '柯桥,,缺失,', '诸暨,8.4,已发布,一季度报告：增长7.8%']);
  });
});
