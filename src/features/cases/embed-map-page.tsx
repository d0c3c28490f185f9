import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema';
import { useEmbedFooter } from '../../state/embed-link';
import { urlStateOf, useUrlStateStore } from '../../state/url-state-store';
import { EmbedFooter } from '../../components/ui/embed-footer';
import { ProvinceMap } from './province-map';
import { mapProvenance } from './selectors';

/**
 * The local cases' tile map alone, for an <iframe> on another site (embed-map.html): its title and
 * conclusion, the tiles, 数据截至, sources and a link back to the cases. No navigation or filters.
 */
export default function EmbedMapPage({ dataset }: { dataset: Dataset }) {
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const { asOf, sources } = useMemo(() => mapProvenance(dataset, filters), [dataset, filters]);
  const footer = useEmbedFooter('map', asOf, sources);
  return (
    // The tiles are square and fill the width: kept to a map's size on a wide screen.
    <div className="embed-chart mx-auto flex w-full max-w-xl flex-col gap-2">
      <ProvinceMap dataset={dataset} filters={filters} />
      <EmbedFooter {...footer} />
    </div>
  );
}
