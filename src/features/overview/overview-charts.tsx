import type { Dataset } from '../../data/schema';
import { PlanPanel } from './plan-panel';
import { YoyPanel } from './yoy-panel';
import { ReductionsPanel } from './reductions-panel';
import { AccountabilityPanel } from './accountability-panel';

/** The overview's four panels, two to a row on wide screens. */
export function OverviewCharts({ dataset }: { dataset: Dataset }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <PlanPanel dataset={dataset} />
      <YoyPanel dataset={dataset} />
      <ReductionsPanel dataset={dataset} />
      <AccountabilityPanel dataset={dataset} />
    </div>
  );
}
