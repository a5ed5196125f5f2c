import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testFigure } from '../../../test/test-observation';
import type { Briefing } from '../model/briefing-text';
import { buildBriefingDocument } from './briefing-docx';

const official = testFigure({}).source;
const other = { ...official, title: '另一来源', quote: '另一句' };
const briefing: Briefing = {
  illustrativeLeftOut: 0,
  paragraphs: [
    {
      segments: [
        { kind: 'text', text: '2024年一季度，全市地区生产总值按可比价格计算同比增长' },
        { kind: 'figure', text: '7.8%', observations: [testFigure({})] },
        { kind: 'text', text: '，增速居全省' },
        { kind: 'figure', text: '第1位', observations: [testFigure({ measure: 'rank', source: official })] },
        { kind: 'text', text: '。' },
      ],
    },
  ],
};

/** The text of a part of the package, tags stripped. */
function textOf(files: Record<string, Uint8Array>, name: string): string {
  const xml = strFromU8(files[name]!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('buildBriefingDocument', () => {
  it('writes the paragraphs, the table and one footnote per source, readable back from the .docx', async () => {
    const document = buildBriefingDocument({
      title: '运行总览 · 绍兴市 · 2024年一季度',
      subtitle: '运行简析',
      briefing,
      tableTitle: '主要指标',
      header: ['指标', '增速'],
      rows: [
        [
          { text: '地区生产总值', source: null },
          { text: '+7.8%', source: other },
        ],
      ],
      citation: (source) => (source.type === 'illustrative' ? '示意' : `${source.title}：“${source.quote}”`),
      sourcesTitle: '数字出处见脚注。',
    });
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
    const body = textOf(files, 'word/document.xml');
    expect(body).toContain('运行总览 · 绍兴市 · 2024年一季度');
    expect(body).toContain('2024年一季度，全市地区生产总值按可比价格计算同比增长7.8%，增速居全省第1位。');
    expect(body).toContain('地区生产总值+7.8%');
    const footnotes = textOf(files, 'word/footnotes.xml');
    // The two figures of the paragraph share one source: one note; the table cell's source is a second.
    expect(footnotes).toContain('t：“q”');
    expect(footnotes).toContain('另一来源：“另一句”');
    expect(footnotes.split('t：“q”')).toHaveLength(2);
    const references = strFromU8(files['word/document.xml']!).match(/<w:footnoteReference w:id="\d+"\/>/g);
    expect(references).toEqual([
      '<w:footnoteReference w:id="1"/>',
      '<w:footnoteReference w:id="1"/>',
      '<w:footnoteReference w:id="2"/>',
    ]);
  });
});
