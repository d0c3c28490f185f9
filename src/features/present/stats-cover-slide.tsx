import { useT } from '../../state/use-t';
import type { StatsSlideModels } from './stats-slide-models';

type Props = { model: StatsSlideModels['stats-title']; synthetic: boolean };

/** The imported deck's title details: the file, what it covers, the filters and the year charted. */
export function StatsCoverSlide({ model, synthetic }: Props) {
  const { t } = useT();
  return (
    <div className="cover-details">
      {synthetic ? <p className="cover-note">{t('import.sample.note')}</p> : null}
      <p className="cover-date">{model.fileText}</p>
      <p>{model.coverageText}</p>
      <p className="cover-filters">{model.filtersText}</p>
      {model.yearText ? <p className="cover-sources">{model.yearText}</p> : null}
    </div>
  );
}
