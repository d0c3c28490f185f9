import { Suspense } from 'react';
import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { HeadlineCards } from './headline-cards';
import { OverviewCharts } from './overview-charts';

export function OverviewPage({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-xl font-bold">{t('overview.title')}</h1>
        <p className="text-sm text-ink-muted">{t('overview.intro')}</p>
      </div>
      {/* Hydrated on its own, as is each panel (app/start.tsx). */}
      <Suspense>
        <HeadlineCards dataset={dataset} />
      </Suspense>
      <OverviewCharts dataset={dataset} />
    </div>
  );
}
