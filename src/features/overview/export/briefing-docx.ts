/**
 * The briefing as a Word document: title, the paragraphs, the headline table, and every figure's
 * source as a footnote (one note per source, numbered in order of first use). Loaded only when the
 * download is asked for, so docx stays out of the page's first chunk.
 */
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Source } from '../../../api/contract/common';
import type { Briefing } from '../model/briefing-text';

export interface DocxTableCell {
  text: string;
  source: Source | null;
}

export interface BriefingDocxInput {
  title: string;
  subtitle: string;
  briefing: Briefing;
  tableTitle: string;
  header: readonly string[];
  rows: readonly (readonly DocxTableCell[])[];
  /** A source in one line, as the reader's language writes it. */
  citation: (source: Source) => string;
  sourcesTitle: string;
}

/** Footnote ids by citation text: the same source cited twice is one note. */
class Footnotes {
  readonly notes: Record<number, { children: Paragraph[] }> = {};
  private readonly ids = new Map<string, number>();
  constructor(private readonly citation: (source: Source) => string) {}
  reference(source: Source): FootnoteReferenceRun {
    const text = this.citation(source);
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(text, id);
      this.notes[id] = { children: [new Paragraph(text)] };
    }
    return new FootnoteReferenceRun(id);
  }
  get count(): number {
    return this.ids.size;
  }
}

export function buildBriefingDocument(input: BriefingDocxInput): Document {
  const notes = new Footnotes(input.citation);
  const paragraphs = input.briefing.paragraphs.map(
    (paragraph) =>
      new Paragraph({
        indent: { firstLine: 480 },
        spacing: { after: 120, line: 360 },
        children: paragraph.segments.flatMap((segment) => {
          if (segment.kind !== 'figure') return [new TextRun(segment.text)];
          const source = segment.observations[0]?.source;
          return [new TextRun({ text: segment.text, bold: true }), ...(source ? [notes.reference(source)] : [])];
        }),
      }),
  );
  const cell = (children: Paragraph[]) => new TableCell({ children });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: input.header.map((text) => cell([new Paragraph({ children: [new TextRun({ text, bold: true })] })])),
      }),
      ...input.rows.map(
        (row) =>
          new TableRow({
            children: row.map((c) =>
              cell([
                new Paragraph({
                  children: [new TextRun(c.text), ...(c.source ? [notes.reference(c.source)] : [])],
                }),
              ]),
            ),
          }),
      ),
    ],
  });
  return new Document({
    title: input.title,
    footnotes: notes.notes,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(input.title)] }),
          new Paragraph({ children: [new TextRun({ text: input.subtitle, italics: true })] }),
          ...paragraphs,
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(input.tableTitle)] }),
          table,
          new Paragraph({
            spacing: { before: 240 },
            children: [new TextRun({ text: input.sourcesTitle, italics: true })],
          }),
        ],
      },
    ],
  });
}

export function briefingDocxBlob(input: BriefingDocxInput): Promise<Blob> {
  return Packer.toBlob(buildBriefingDocument(input));
}
