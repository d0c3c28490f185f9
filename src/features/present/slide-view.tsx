import type { DeckSlideModel } from './deck-models';
import { SlideFrame } from './slide-frame';
import { CoverSlide } from './cover-slide';
import { HeadlinesSlide } from './headlines-slide';
import { PlanSlide } from './plan-slide';
import { YoySlide } from './yoy-slide';
import { ReductionsSlide } from './reductions-slide';
import { AccountabilitySlide } from './accountability-slide';
import { TimelineSlide } from './timeline-slide';
import { CasesSlide } from './cases-slide';
import { SourcesSlide } from './sources-slide';
import { StatsCoverSlide } from './stats-cover-slide';
import { StatsPlanSlide, StatsYoySlide } from './stats-ranked-slides';
import { StatsTrendSlide } from './stats-trend-slide';
import { StatsMapSlide } from './stats-map-slide';
import { StatsEndSlide } from './stats-end-slide';

type Props = {
  model: DeckSlideModel;
  number: number;
  total: number;
  note: string | undefined;
  provinceFiltered: boolean;
  synthetic: boolean;
};

/** One slide, framed, with the body its kind draws. */
export function SlideView({ model, number, total, note, provinceFiltered, synthetic }: Props) {
  return (
    <SlideFrame model={model} number={number} total={total} note={note} synthetic={synthetic}>
      <SlideBody model={model} provinceFiltered={provinceFiltered} synthetic={synthetic} />
    </SlideFrame>
  );
}

function SlideBody({ model, provinceFiltered, synthetic }: Omit<Props, 'number' | 'total' | 'note'>) {
  switch (model.id) {
    case 'title':
      return <CoverSlide model={model} provinceFiltered={provinceFiltered} />;
    case 'headlines':
      return <HeadlinesSlide headlines={model.headlines} />;
    case 'plan':
      return <PlanSlide model={model} />;
    case 'yoy':
      return <YoySlide model={model} />;
    case 'reductions':
      return <ReductionsSlide model={model} />;
    case 'accountability':
      return <AccountabilitySlide model={model} />;
    case 'timeline':
      return <TimelineSlide events={model.events} />;
    case 'cases':
      return <CasesSlide model={model} />;
    case 'sources':
      return <SourcesSlide sources={model.sources} />;
    case 'stats-title':
      return <StatsCoverSlide model={model} synthetic={synthetic} />;
    case 'stats-plan':
      return <StatsPlanSlide model={model} />;
    case 'stats-yoy':
      return <StatsYoySlide model={model} />;
    case 'stats-trend':
      return <StatsTrendSlide model={model} />;
    case 'stats-map':
      return <StatsMapSlide model={model} />;
    case 'stats-end':
      return <StatsEndSlide model={model} />;
  }
}

/** Slides with a chart, which the image download exports. */
export const CHART_SLIDES: ReadonlySet<DeckSlideModel['id']> = new Set([
  'plan',
  'yoy',
  'reductions',
  'accountability',
  'cases',
  'stats-plan',
  'stats-yoy',
  'stats-trend',
]);
