/**
 * A chart as a PNG that can go into a slide deck or a report on its own: the chart at twice its
 * screen resolution, with the title (region, period, unit), the sources and, where the chart holds
 * illustrative or second-hand values, their marks burnt into the image, so that none of them can be lost
 * when the picture travels without the page.
 */
export interface PngCaption {
  title: string;
  subtitle?: string;
  /** One line per source. */
  sources: readonly string[];
  /** The second-hand notice, or null when no value comes from a secondary source. */
  secondary: string | null;
  /** The illustrative notice, or null when every value is published. */
  illustrative: string | null;
  /** A notice that belongs to the picture (the map's disclaimer), or null. */
  disclaimer: string | null;
  colors: { background: string; text: string; muted: string; illustrative: string };
  fontFamily: string;
}

interface ChartLike {
  getDataURL(options: { type: 'png'; pixelRatio: number; backgroundColor: string }): string;
}

export const PNG_PIXEL_RATIO = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart image could not be drawn'));
    image.src = url;
  });
}

/** Splits text into lines no wider than maxWidth (by characters, so Chinese wraps too). */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (context.measureText(line + char).width > maxWidth && line) {
      lines.push(line);
      line = char.trimStart();
    } else line += char;
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderChartPng(chart: ChartLike, caption: PngCaption): Promise<Blob> {
  const ratio = PNG_PIXEL_RATIO;
  const image = await loadImage(
    chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: caption.colors.background }),
  );
  const padding = 16 * ratio;
  const width = image.width;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('Canvas is not available');
  const font = (size: number, weight = 400) => `${weight} ${size * ratio}px ${caption.fontFamily}`;
  measure.font = font(20, 700);
  const titleLines = wrap(measure, caption.title, width - 2 * padding);
  measure.font = font(14);
  const subtitleLines = caption.subtitle ? wrap(measure, caption.subtitle, width - 2 * padding) : [];
  const sourceLines = caption.sources.flatMap((s) => wrap(measure, s, width - 2 * padding));
  const secondaryLines = caption.secondary ? wrap(measure, caption.secondary, width - 2 * padding) : [];
  const noticeLines = caption.illustrative ? wrap(measure, caption.illustrative, width - 2 * padding - 12 * ratio) : [];
  const disclaimerLines = caption.disclaimer ? wrap(measure, caption.disclaimer, width - 2 * padding) : [];

  const titleHeight = titleLines.length * 28 * ratio + subtitleLines.length * 20 * ratio;
  const footerHeight =
    (sourceLines.length + secondaryLines.length + disclaimerLines.length) * 20 * ratio +
    (noticeLines.length ? noticeLines.length * 20 * ratio + 16 * ratio : 0);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = padding + titleHeight + 8 * ratio + image.height + 8 * ratio + footerHeight + padding;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas is not available');
  context.fillStyle = caption.colors.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'top';

  let y = padding;
  // Each block of the caption: its lines in one font and colour, one under the other.
  const drawLines = (
    lines: readonly string[],
    style: { size: number; weight?: number; color: string; lineHeight: number; indent?: number },
  ) => {
    context.fillStyle = style.color;
    context.font = font(style.size, style.weight);
    for (const line of lines) {
      context.fillText(line, padding + (style.indent ?? 0), y);
      y += style.lineHeight * ratio;
    }
  };
  const { text, muted } = caption.colors;
  drawLines(titleLines, { size: 20, weight: 700, color: text, lineHeight: 28 });
  drawLines(subtitleLines, { size: 14, color: muted, lineHeight: 20 });
  y += 8 * ratio;
  context.drawImage(image, 0, y);
  y += image.height + 8 * ratio;
  drawLines(sourceLines, { size: 14, color: muted, lineHeight: 20 });
  drawLines(secondaryLines, { size: 14, weight: 700, color: text, lineHeight: 20 });
  drawLines(disclaimerLines, { size: 14, color: muted, lineHeight: 20 });
  if (noticeLines.length) {
    // A dashed box, as the illustrative marker looks on screen.
    y += 6 * ratio;
    const boxHeight = noticeLines.length * 20 * ratio + 6 * ratio;
    context.strokeStyle = caption.colors.illustrative;
    context.setLineDash([4 * ratio, 3 * ratio]);
    context.lineWidth = ratio;
    context.strokeRect(padding, y - 3 * ratio, width - 2 * padding, boxHeight);
    drawLines(noticeLines, { size: 14, weight: 700, color: text, lineHeight: 20, indent: 6 * ratio });
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
