import { Suspense } from 'react';
import type { Dataset } from '../../data/schema';
import { PlanPanel } from './plan-panel';
import { YoyPanel } from './yoy-panel';
import { ReductionsPanel } from './reductions-panel';
import { AccountabilityPanel } from './accountability-panel';

/** The overview's four panels, two to a row on wide screens; each hydrates on its own (app/start.tsx). */
export function OverviewCharts({ dataset }: { dataset: Dataset }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Suspense>
        <PlanPanel dataset={dataset} />
      </Suspense>
      <Suspense>
        <YoyPanel dataset={dataset} />
      </Suspense>
      <Suspense>
        <ReductionsPanel dataset={dataset} />
      </Suspense>
      <Suspense>
        <AccountabilityPanel dataset={dataset} />
      </Suspense>
    </div>
  );
}
