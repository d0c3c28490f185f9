import { describe, expect, it } from 'vitest';
import { composeImageSvg, escapeXml, IMAGE_PAD, wrapText, type Measure } from './image-svg';

// A CJK character is as wide as the font size, anything else half of it.
const measure: Measure = (text, size) =>
  [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? size : size / 2), 0);

describe('wrapText', () => {
  it('breaks Chinese anywhere and keeps each line within the width', () => {
    const lines = wrapText(
      '截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低。',
      200,
      measure,
      20,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, 20)).toBeLessThanOrEqual(200);
    expect(lines.join('')).toBe('截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低。');
  });
  it('breaks Latin text between words', () => {
    const lines = wrapText('All four stayed below the annual plan', 110, measure, 10);
    expect(lines).toEqual(['All four stayed below', 'the annual plan']);
  });
});

describe('composeImageSvg', () => {
  const spec = {
    title: 'Title <&>',
    conclusion: 'A conclusion.',
    legend: [{ label: 'Before', color: 'rgb(1, 2, 3)' }],
    footer: ['Data to November 2020', 'Source: People’s Daily'],
    charts: [
      {
        markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"></svg>',
        width: 600,
        height: 200,
      },
    ],
    colors: { ink: '#000', muted: '#444', surface: '#fff' },
    fontFamily: 'sans-serif',
  };
  it('draws title, conclusion, legend, chart and footer as one SVG of the chart’s width plus padding', () => {
    const { svg, width, height } = composeImageSvg(spec, measure);
    expect(width).toBe(600 + 2 * IMAGE_PAD);
    expect(height).toBeGreaterThan(200);
    expect(svg).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`),
    );
    expect(svg).toContain('Title &#60;&#38;&#62;');
    expect(svg).toContain('>A conclusion.</text>');
    expect(svg).toContain('>Before</text>');
    expect(svg).toContain('>Data to November 2020</text>');
    expect(svg).toContain('<g transform="translate(32 ');
  });
  it('escapes text for XML', () => {
    expect(escapeXml(`a"b'c`)).toBe('a&#34;b&#39;c');
  });
});
