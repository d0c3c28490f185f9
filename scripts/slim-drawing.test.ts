import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { slimDrawing, stylesheetClasses } from './slim-drawing.mjs';

const styled = new Set(['recharts-surface', 'recharts-text']);
const slim = (svgBody: string, keep = styled): string =>
  slimDrawing(
    `<svg class="recharts-surface" width="560" height="100" viewBox="0 0 560 100">${svgBody}</svg>`,
    keep,
  );
const inner = (html: string) => html.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');

describe('slimDrawing', () => {
  it('drops the attributes that draw nothing and keeps geometry and presentation', () => {
    const out = inner(
      slim(
        '<line angle="0" orientation="bottom" x="178" y="24" width="326" height="166" x1="178" y1="24" x2="178" y2="190" stroke="#666" fill="none" class="recharts-cartesian-axis-line"></line>' +
          '<path cursor="pointer" name="各省区市" radius="0" x="1" y="2" width="3" height="4" fill="var(--chart-1)" d="M 1,2 h 3 v 4 h -3 Z" class="recharts-rectangle"></path>',
      ),
    );
    expect(out).toBe(
      '<line x1="178" y1="24" x2="178" y2="190" stroke="#666" fill="none"/>' +
        '<path fill="var(--chart-1)" d="M 1,2 h 3 v 4 h -3 Z"/>',
    );
  });

  it('keeps the classes a stylesheet names, and a rect its own size', () => {
    const out = inner(
      slim(
        '<text class="recharts-text recharts-label" x="5" y="6" width="40" height="18" offset="5" fill="var(--chart-ink)">822</text><rect x="1" y="2" width="3" height="4" rx="1"></rect>',
      ),
    );
    expect(out).toBe(
      '<text class="recharts-text" x="5" y="6" fill="var(--chart-ink)">822</text><rect x="1" y="2" width="3" height="4" rx="1"/>',
    );
  });

  it('gives a bare group’s children to its parent, drops empty groups, keeps a transformed group', () => {
    const out = inner(
      slim(
        '<title></title><desc></desc><g tabindex="-1" class="recharts-zIndex-layer_-50"></g>' +
          '<g class="recharts-layer"><g class="recharts-layer recharts-bar"><path d="M0,0h1"></path></g></g>' +
          '<g transform="translate(4 5)"><path d="M0,0h2"></path></g>',
      ),
    );
    expect(out).toBe('<path d="M0,0h1"/><g transform="translate(4 5)"><path d="M0,0h2"/></g>');
  });

  it('keeps a title with text, and a clip path only while something uses it', () => {
    const used = inner(
      slim(
        '<title>图</title><defs><clipPath id="c1"><rect x="0" y="0" width="5" height="5"></rect></clipPath></defs><g clip-path="url(#c1)"><path d="M0,0h1"></path></g>',
      ),
    );
    expect(used).toBe(
      '<title>图</title><defs><clipPath id="c1"><rect x="0" y="0" width="5" height="5"/></clipPath></defs><g clip-path="url(#c1)"><path d="M0,0h1"/></g>',
    );
    const unused = inner(
      slim(
        '<defs><clipPath id="c2"><rect x="0" y="0" width="5" height="5"></rect></clipPath></defs><path d="M0,0h1"></path>',
      ),
    );
    expect(unused).toBe('<path d="M0,0h1"/>');
  });

  it('makes a single tspan at the text’s own x the text, and leaves wrapped lines as they are', () => {
    const one = inner(
      slim('<text x="178" y="198" text-anchor="middle"><tspan x="178" dy="0.71em">25%</tspan></text>'),
    );
    expect(one).toBe('<text x="178" y="198" text-anchor="middle" dy="0.71em">25%</text>');
    const two =
      '<text x="170" y="127"><tspan x="170" dy="-0.145em">中央和国家机关 ·</tspan><tspan x="170" dy="1em">会议数量</tspan></text>';
    expect(inner(slim(two))).toBe(two);
    const elsewhere = '<text x="10" y="5"><tspan x="12" dy="1em">5</tspan></text>';
    expect(inner(slim(elsewhere))).toBe(elsewhere);
  });

  it('leaves markup outside the drawing as it is, and escapes text', () => {
    const wrapper =
      '<div width="560" height="224" class="recharts-wrapper" style="position: relative; width: 560px;"><svg class="recharts-surface" viewBox="0 0 10 10"><text x="1" y="1">A &amp; B &lt;</text></svg></div>';
    expect(slimDrawing(wrapper, styled)).toBe(wrapper);
  });
});

describe('stylesheetClasses', () => {
  it('lists the class names in a stylesheet’s selectors', () => {
    const classes = stylesheetClasses(
      '.chart-box .recharts-text{font-size:14px}.a:hover,.b-c>.d_e{x:y}@media(min-width:1px){.f{}}',
    );
    expect([...classes].sort()).toEqual(['a', 'b-c', 'chart-box', 'd_e', 'f', 'recharts-text']);
  });
});
