import { useT } from '../../state/use-t';
import type { StatsSlideModels } from './stats-slide-models';

/** The closing slide of an imported deck: the file the figures come from, and how they were computed. */
export function StatsEndSlide({ model }: { model: StatsSlideModels['stats-end'] }) {
  const { t } = useT();
  return (
    <div className="slide-split slide-stats-end">
      <section>
        <h3 className="slide-stats-end-heading">{t('present.stats.factsLabel')}</h3>
        <ul className="slide-facts">
          {model.facts.map((fact) => (
            <li key={fact} className="slide-fact-figure">
              {fact}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3 className="slide-stats-end-heading">{t('present.stats.methodLabel')}</h3>
        <ul className="slide-facts">
          {model.method.map((line) => (
            <li key={line} className="slide-fact-label">
              {line}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
