import { lazy } from 'react';

/**
 * The chart library is the heaviest code on the page and the first view's figures do not need it:
 * panels render their titles, conclusions and figures at once, and the charts arrive in their own chunk.
 */
export const LazyBulletChart = lazy(() => import('./bullet-chart').then((m) => ({ default: m.BulletChart })));
export const LazyGroupedBarChart = lazy(() =>
  import('./grouped-bar-chart').then((m) => ({ default: m.GroupedBarChart })),
);
export const LazyBeforeAfterChart = lazy(() =>
  import('./before-after-chart').then((m) => ({ default: m.BeforeAfterChart })),
);
export const LazyTrendChart = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })));
