/**
 * The page's only script at load (~1 KB). A prerendered page paints its figures from its HTML; once it
 * has painted, this loads the app (start.tsx), which hydrates it with React's `hydrateRoot`. From that
 * call on React handles every input itself: one landing on a part not hydrated yet hydrates that part
 * first. Before it, the few inputs the page would drop are held here and handed to React in order
 * (`holdInputs`); what the reader types into a field stays in the field, and the field takes it up when
 * it hydrates (`useValueTypedEarly`).
 *
 * A page that was not prerendered (dev server, import and present views) starts the app at once.
 */
import { holdInputs } from './held-inputs';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const page = root;
const prerendered = page.dataset.prerendered !== undefined;

// A URL with filters asks for another state than the one drawn: public/before-paint.js hid the page
// before its first paint, and it stays hidden until the app shows that state (start.tsx) rather than show
// the wrong figures. A page that was not prerendered has no figures to hide.
const asked = new URLSearchParams(location.search);
asked.delete('theme');
const showsAskedState = prerendered && asked.size > 0;
if (!showsAskedState) document.documentElement.style.removeProperty('--asked-state-pending');

const held = prerendered ? holdInputs(page) : null;

function start() {
  // The view's own code, fetched beside the app's, so hydration never waits for it.
  for (const href of (page.dataset.modules ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  void evaluateInSteps().then(async ({ startApp }) => {
    await startApp(page, { askedState: showsAskedState });
    held?.handOver();
  });
}

/** Lets the browser paint and handle input between two steps: each step below is its own task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The app's code evaluated a part at a time. An `import()` evaluates every module it newly reaches in one
 * task, and the whole app at once holds a mid-range phone's main thread for about half a second (React DOM,
 * the zod schemas, the stores and views). Imported one after the other, with a task boundary between, each
 * part is a task short enough that an input lands between them; the later imports find the earlier parts
 * evaluated. All the files are already on their way (the modulepreload links above), so this adds no
 * round trip.
 */
async function evaluateInSteps() {
  await import('react-dom/client');
  await nextTask();
  // zod arrives with the schema, not by `import('zod')`: a dynamic import of the package keeps every export
  // of it (386 KB, 89 KB gzip, against 25 KB gzip for what the schemas use).
  await import('../data/schema');
  await nextTask();
  await import('../data/stats-schema');
  await nextTask();
  return import('./start');
}

if (prerendered) {
  // After the first paint, in idle time: nothing competes with the figures reaching the screen.
  const afterPaint = () =>
    requestAnimationFrame(() =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(start, { timeout: 500 })
        : setTimeout(start),
    );
  if (document.readyState === 'complete') afterPaint();
  else window.addEventListener('load', afterPaint, { once: true });
} else {
  start();
}
