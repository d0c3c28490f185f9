/**
 * Slims a chart drawn at build time before it goes into a prerendered page. Recharts' SVG carries what
 * the live chart needs (layer groups, focus targets, its own props leaked as attributes, classes for every
 * part) and the drawing needs none of it: it is only looked at until the live chart replaces it. Fewer
 * elements and attributes are parsed and laid out before the first paint, and nothing drawn changes
 * (e2e/prerender.spec.ts compares the drawing with the live chart pixel for pixel).
 *
 * Inside each <svg>:
 * - attributes that draw nothing are dropped: of the elements below, only their geometry and SVG's
 *   presentation attributes are kept, ids only when the drawing refers to them, classes only when the
 *   page's stylesheet names them;
 * - a group left without attributes gives its children to its parent; an empty group, an empty title or
 *   desc and a clip path nothing uses are dropped;
 * - a text's single tspan at the text's own x becomes the text.
 * Numbers are kept as drawn: rounding them to a thousandth of a pixel already changed a pixel.
 */
import { parseDocument } from 'htmlparser2';
import { render } from 'dom-serializer';

const PRESENTATION = new Set([
  'clip-path',
  'clip-rule',
  'color',
  'display',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'fill',
  'fill-opacity',
  'fill-rule',
  'filter',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'mask',
  'opacity',
  'paint-order',
  'shape-rendering',
  'stroke',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'stroke-width',
  'style',
  'text-anchor',
  'text-decoration',
  'transform',
  'vector-effect',
  'visibility',
  'word-spacing',
]);

const TEXT_GEOMETRY = ['x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust'];

/** The attributes that place or shape each element; an element not listed keeps all of its own. */
const GEOMETRY = {
  svg: ['width', 'height', 'viewBox', 'preserveAspectRatio', 'x', 'y', 'xmlns', 'version'],
  g: [],
  line: ['x1', 'y1', 'x2', 'y2'],
  path: ['d'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  polygon: ['points'],
  polyline: ['points'],
  text: TEXT_GEOMETRY,
  tspan: TEXT_GEOMETRY,
  clipPath: ['clipPathUnits'],
  defs: [],
};

/** Class names a stylesheet's selectors use. */
export function stylesheetClasses(css) {
  return new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]));
}

const isElement = (node) => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const elementChildren = (node) => node.children.filter(isElement);
const hasContent = (node) =>
  node.children.some((c) => isElement(c) || (c.type === 'text' && c.data.trim() !== ''));

function walk(node, visit) {
  for (const child of [...(node.children ?? [])]) {
    if (isElement(child)) walk(child, visit);
  }
  visit(node);
}

function replaceWithChildren(node) {
  const parent = node.parent;
  const at = parent.children.indexOf(node);
  for (const child of node.children) child.parent = parent;
  parent.children.splice(at, 1, ...node.children);
  relink(parent);
}

function remove(node) {
  const parent = node.parent;
  parent.children.splice(parent.children.indexOf(node), 1);
  relink(parent);
}

/** dom-serializer walks children by index; the sibling links are kept right for other readers. */
function relink(parent) {
  parent.children.forEach((c, i) => {
    c.prev = parent.children[i - 1] ?? null;
    c.next = parent.children[i + 1] ?? null;
  });
}

function slimSvg(svg, keepClasses) {
  const referenced = new Set(
    [...render(svg, { decodeEntities: false }).matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map(
      (m) => m[1] ?? m[2],
    ),
  );
  walk(svg, (node) => {
    const name = node.name;
    const geometry = GEOMETRY[name];
    for (const [attr, value] of Object.entries(node.attribs)) {
      let keep;
      if (attr === 'class') {
        const kept = value.split(/\s+/).filter((c) => keepClasses.has(c));
        if (kept.length > 0) node.attribs.class = kept.join(' ');
        keep = kept.length > 0;
      } else if (attr === 'id') keep = referenced.has(value);
      else keep = geometry === undefined || geometry.includes(attr) || PRESENTATION.has(attr);
      if (!keep) delete node.attribs[attr];
    }
    if (node === svg) return;
    if ((name === 'title' || name === 'desc') && !hasContent(node)) remove(node);
    else if (name === 'clipPath' && !node.attribs.id) remove(node);
    else if ((name === 'g' || name === 'defs') && !hasContent(node)) remove(node);
    else if (name === 'g' && Object.keys(node.attribs).length === 0) replaceWithChildren(node);
    else if (name === 'text') collapseTspan(node);
  });
}

/** `<text x="1"><tspan x="1" dy="0.7em">5</tspan></text>` draws as `<text x="1" dy="0.7em">5</text>`. */
function collapseTspan(text) {
  const [tspan, ...others] = elementChildren(text);
  if (!tspan || others.length > 0 || tspan.name !== 'tspan' || hasContent(tspan) === false) return;
  if (text.children.some((c) => c.type === 'text' && c.data.trim() !== '')) return;
  if (elementChildren(tspan).length > 0) return;
  const { x, ...rest } = tspan.attribs;
  if (x !== undefined && x !== text.attribs.x) return;
  if (Object.keys(rest).some((a) => a !== 'dy' || text.attribs.dy !== undefined)) return;
  if (rest.dy !== undefined) text.attribs.dy = rest.dy;
  text.children = tspan.children;
  for (const child of text.children) child.parent = text;
  relink(text);
}

/** The drawing's markup (a chart box's inner HTML), slimmed; markup outside <svg> is left as it is. */
export function slimDrawing(html, keepClasses) {
  const doc = parseDocument(html, {
    lowerCaseTags: false,
    lowerCaseAttributeNames: false,
    // Text and attribute values stay exactly as drawn, entities and all.
    decodeEntities: false,
  });
  const svgs = [];
  walk(doc, (node) => {
    if (node.name === 'svg') svgs.push(node);
  });
  for (const svg of svgs) slimSvg(svg, keepClasses);
  return render(doc, { decodeEntities: false });
}
