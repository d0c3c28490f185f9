import { useT } from '../../state/use-t';
import type { SlideModels } from './slide-models';

type Props = { model: SlideModels['title']; provinceFiltered: boolean };

/** The title slide's details: the scope in words, how recent the data is, and what it comes from. */
export function CoverSlide({ model, provinceFiltered }: Props) {
  const { t } = useT();
  return (
    <div className="cover-details">
      <p className="cover-filters">{model.filtersText}</p>
      {model.nationalText ? <p className="cover-date">{model.nationalText}</p> : null}
      {model.localText ? <p className="cover-date">{model.localText}</p> : null}
      {provinceFiltered ? <p className="cover-note">{t('present.cover.nationalNote')}</p> : null}
      {model.sourcesText ? <p className="cover-sources">{model.sourcesText}</p> : null}
    </div>
  );
}
