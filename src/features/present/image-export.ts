import { composeImageSvg, type ChartPart, type ImageSpec, type Measure } from './image-svg';

/** Presentation attributes a chart's look depends on; each is copied from the computed style. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * A chart's SVG as a stand-alone document: colours that come from CSS variables and stylesheet rules are
 * written onto each element, so the image looks the same outside the page. Drawn at its own size
 * (the viewBox), not the size the slide scales it to.
 */
export function serializeChart(svg: SVGSVGElement): ChartPart {
  const box = svg.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : svg.width.baseVal.value;
  const height = box && box.height > 0 ? box.height : svg.height.baseVal.value;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i];
    if (!copy) return;
    const style = getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) copy.setAttribute(prop, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('style');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** Text widths as the browser draws them, for wrapping lines inside the image. */
export function canvasMeasure(fontFamily: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, bold = false) => {
    if (!ctx) return text.length * size;
    ctx.font = `${bold ? 700 : 400} ${size}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

export type SlideImage = { svg: string; width: number; height: number };

/** The slide's chart(s) with its title, conclusion, legend, date and sources, as one SVG. */
export function slideImage(
  root: HTMLElement,
  charts: readonly SVGSVGElement[],
  spec: Omit<ImageSpec, 'charts' | 'colors' | 'fontFamily'>,
): SlideImage {
  const style = getComputedStyle(root);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fontFamily = style.fontFamily || 'sans-serif';
  return composeImageSvg(
    {
      ...spec,
      charts: charts.map(serializeChart),
      colors: {
        ink: color('--ink', '#000'),
        muted: color('--ink-muted', '#444'),
        surface: color('--surface', '#fff'),
      },
      fontFamily,
    },
    canvasMeasure(fontFamily),
  );
}

/** Draws the SVG on a canvas at `scale` times its size and encodes it as PNG. */
export async function svgToPng({ svg, width, height }: SlideImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
