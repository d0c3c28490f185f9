// Build-time check of the prerendered pages (run by `vite build` after prerendering; also
// `node scripts/check-prerender.mjs [outDir]`): each view's HTML must already show its key figures, so a
// reader without JavaScript — or before it runs — sees them. Throws (failing the build) with every problem.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The page's readable text: no scripts, comments or tags, entities decoded. */
export function textOf(html) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

const count = (html, re) => (html.match(re) ?? []).length;

/**
 * What each prerendered view must contain, from the page and the bundled dataset. `charts`: whether the
 * build drew the charts (it needs a browser); when it did, every chart box holds its SVG.
 */
function problemsOf(file, html, dataset, { charts }) {
  const problems = [];
  const expect = (ok, what) => ok || problems.push(`${file}: ${what}`);
  const root =
    /<div id="root"[^>]*data-prerendered="([a-z-]+)"[^>]*>([\s\S]*)<\/div><script type="application\/json" id="embedded-dataset"/.exec(
      html,
    );
  if (!root) return [`${file}: not prerendered (no #root with data-prerendered and embedded dataset)`];
  const body = root[2];
  const text = textOf(body);

  const block = /<script type="application\/json" id="embedded-dataset"([^>]*)>([\s\S]*?)<\/script>/.exec(
    html,
  );
  let embedded = null;
  try {
    embedded = JSON.parse(block?.[2] ?? '');
  } catch {
    // reported below
  }
  const complete = /data-complete="true"/.test(block?.[1] ?? '');
  expect(embedded, 'no readable embedded dataset');
  if (embedded && complete) {
    expect(
      JSON.stringify(embedded) === JSON.stringify(dataset),
      'the embedded dataset is not data/dataset.json',
    );
  } else if (embedded) {
    // Part of the file: every datum it carries is the file's own, unchanged.
    for (const key of ['sources', 'indicators', 'observations', 'events']) {
      const byId = new Map(dataset[key].map((d) => [d.id, JSON.stringify(d)]));
      expect(
        embedded[key].every((d) => byId.get(d.id) === JSON.stringify(d)),
        `embedded ${key} differ from data/dataset.json`,
      );
    }
  }
  expect(/data-modules="[^"]+\.js/.test(html), 'no code listed to hydrate the page');
  expect(/<style>[\s\S]+?<\/style>/.test(html), 'no inline stylesheet rules');
  expect(!/<link rel="stylesheet"/.test(html), 'a stylesheet that blocks the first paint');
  expect(!/<script(?![^>]*type="application\/json")[^>]*>[^<]+<\/script>/.test(html), 'an inline script');

  switch (root[1]) {
    case 'overview': {
      for (const figure of ['27.7%', '29.5%', '14.3%', '59.7%', '96项 → 50项'])
        expect(text.includes(figure), `headline figure ${figure} missing`);
      expect(count(body, /data-testid="headline-card"/g) === 5, 'not five headline cards');
      const captions = [
        ...body.matchAll(/<figcaption[^>]*data-testid="conclusion"[^>]*>([\s\S]*?)<\/figcaption>/g),
      ];
      expect(captions.length === 4, `${captions.length} chart captions, expected 4`);
      expect(
        captions.every((c) => textOf(c[1]).trim().length > 10),
        'an empty chart caption',
      );
      const boxes = body.split('<div data-static-chart="">').slice(1);
      expect(boxes.length === 4, `${boxes.length} chart boxes, expected 4`);
      if (charts) {
        expect(
          boxes.every((b) => b.split('</figure>')[0].includes('recharts-surface')),
          'a chart box without its SVG',
        );
      }
      break;
    }
    case 'timeline':
      for (const event of dataset.events)
        expect(text.includes(event.summary['zh-CN']), `event ${event.id} missing`);
      break;
    case 'data': {
      const rows = count(body, /<th scope="row"/g);
      expect(rows === Math.min(dataset.observations.length, 200), `${rows} table rows`);
      for (const o of dataset.observations.slice(0, 5)) {
        const name = dataset.indicators.find((i) => i.id === o.indicator)?.name['zh-CN'];
        expect(name && text.includes(name), `row of ${o.id} missing`);
      }
      break;
    }
    case 'embed-plan':
    case 'embed-yoy':
    case 'embed-reductions':
    case 'embed-accountability': {
      // One chart alone: its caption, its drawing, its stamp, and no navigation.
      expect(count(body, /data-testid="conclusion"/g) === 1, 'not one chart caption');
      expect(/数据截至/.test(text), 'no 数据截至 stamp');
      expect(!/<nav/.test(body), 'a navigation bar');
      if (charts) expect(body.includes('recharts-surface'), 'the chart without its SVG');
      break;
    }
    case 'embed-map':
    case 'embed-timeline': {
      // The tile map or the timeline alone: its conclusion, its stamp, and no navigation.
      const testid = root[1] === 'embed-map' ? 'map-conclusion' : 'timeline-summary';
      expect(count(body, new RegExp(`data-testid="${testid}"`, 'g')) === 1, `not one ${testid}`);
      expect(/数据截至/.test(text), 'no 数据截至 stamp');
      expect(!/<nav/.test(body), 'a navigation bar');
      break;
    }
    case 'cases': {
      const local = dataset.observations.filter((o) => o.scope.provinceCode || o.scope.unnamed);
      expect(text.includes(String(local.length)), `the count of ${local.length} local figures missing`);
      for (const o of local.slice(0, 5))
        expect(text.includes(o.scope.place?.['zh-CN'] ?? ''), `case ${o.id} missing`);
      break;
    }
  }
  return problems;
}

export const PRERENDERED_FILES = [
  'index.html',
  'cases.html',
  'timeline.html',
  'data.html',
  'embed-plan.html',
  'embed-yoy.html',
  'embed-reductions.html',
  'embed-accountability.html',
  'embed-map.html',
  'embed-timeline.html',
];

export function checkPrerender(outDir, { charts = true } = {}) {
  const dataset = JSON.parse(readFileSync(path.join(outDir, 'data/dataset.json'), 'utf8'));
  const problems = PRERENDERED_FILES.flatMap((file) =>
    problemsOf(file, readFileSync(path.join(outDir, file), 'utf8'), dataset, { charts }),
  );
  if (problems.length > 0)
    throw new Error(`prerendered pages lack their key figures:\n  ${problems.join('\n  ')}`);
  console.log(
    `checked ${PRERENDERED_FILES.join(', ')}: key figures present${charts ? ', charts drawn' : ''}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  checkPrerender(path.resolve(process.argv[2] ?? 'dist'));
}
