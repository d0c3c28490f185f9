import { useT } from '../../state/use-t';
import { formatNumber } from '../../i18n/format';
import { TrendChart } from '../../components/charts/trend-chart';
import type { StatsSlideModels } from './stats-slide-models';
import { SlideChart } from './slide-chart';

const WIDTH = 840;
const HEIGHT = 270;

/** The count across the file's years: the total, and one line per chosen province, city or county. */
export function StatsTrendSlide({ model }: { model: StatsSlideModels['stats-trend'] }) {
  const { locale } = useT();
  return (
    <div className="slide-chart-layout">
      <SlideChart label={model.conclusion} width={WIDTH}>
        <TrendChart
          width={WIDTH}
          height={HEIGHT}
          data={model.data}
          series={model.series}
          valueFormatter={(v) => formatNumber(v, locale)}
        />
      </SlideChart>
      {model.note ? <p className="slide-note">{model.note}</p> : null}
    </div>
  );
}
