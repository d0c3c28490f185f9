/**
 * A chart slide as one stand-alone SVG image: title, conclusion, legend, the chart(s) and the date and
 * source lines, all as SVG text, so the picture says what it shows wherever it is pasted. Pure: the
 * caller serialises the charts and supplies a text measure (canvas `measureText` in the browser).
 */

export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

export type ChartPart = {
  /** A serialised <svg> with its colours inlined. */
  markup: string;
  width: number;
  height: number;
};

export type ImageSpec = {
  title: string;
  conclusion: string;
  legend?: readonly { label: string; color: string }[];
  /** Lines under the chart: the "数据截至" stamp, then the sources. */
  footer: readonly string[];
  charts: readonly ChartPart[];
  colors: { ink: string; muted: string; surface: string };
  fontFamily: string;
};

export const IMAGE_PAD = 32;
const TITLE = 26;
const BODY = 17;
const SMALL = 13;
const LINE = 1.4;

/** Breaks text into lines no wider than `width`: anywhere between CJK characters, at spaces in Latin text. */
export function wrapText(
  text: string,
  width: number,
  measure: Measure,
  fontSize: number,
  bold = false,
): string[] {
  // Tokens: a run of Latin letters/digits with its trailing space, or any single other character.
  const tokens = text.match(/[A-Za-z0-9.,%'’:;()\-–/]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && measure(candidate.trimEnd(), fontSize, bold) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Lays the parts out top to bottom and returns the SVG document with its size. */
export function composeImageSvg(
  spec: ImageSpec,
  measure: Measure,
): { svg: string; width: number; height: number } {
  const chartWidth = Math.max(480, ...spec.charts.map((c) => c.width));
  const width = chartWidth + 2 * IMAGE_PAD;
  const textWidth = chartWidth;
  const parts: string[] = [];
  let y = IMAGE_PAD;

  const text = (lines: string[], size: number, color: string, weight = 400) => {
    for (const line of lines) {
      y += size;
      parts.push(
        `<text x="${IMAGE_PAD}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(color)}">${escapeXml(line)}</text>`,
      );
      y += size * (LINE - 1);
    }
  };

  text(wrapText(spec.title, textWidth, measure, TITLE, true), TITLE, spec.colors.ink, 700);
  y += 6;
  text(wrapText(spec.conclusion, textWidth, measure, BODY), BODY, spec.colors.ink);
  y += 12;

  if (spec.legend?.length) {
    let x = IMAGE_PAD;
    for (const item of spec.legend) {
      parts.push(
        `<rect x="${x}" y="${y + 2}" width="14" height="14" rx="2" fill="${escapeXml(item.color)}"/>`,
        `<text x="${x + 20}" y="${y + 14}" font-size="${SMALL + 1}" fill="${escapeXml(spec.colors.ink)}">${escapeXml(item.label)}</text>`,
      );
      x += 20 + measure(item.label, SMALL + 1) + 24;
    }
    y += 26;
  }

  for (const chart of spec.charts) {
    parts.push(`<g transform="translate(${IMAGE_PAD} ${y})">${chart.markup}</g>`);
    y += chart.height + 8;
  }

  y += 8;
  for (const line of spec.footer) text(wrapText(line, textWidth, measure, SMALL), SMALL, spec.colors.muted);
  const height = Math.ceil(y + IMAGE_PAD - SMALL * (LINE - 1));

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(spec.fontFamily)}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(spec.colors.surface)}"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}
