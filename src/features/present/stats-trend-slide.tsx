import { useT } from '../../state/use-t';
import { formatNumber } from '../../i18n/format';
import { TrendChart } from '../../components/charts/trend-chart';
import type { StatsSlideModels } from './stats-slide-models';
import { SlideChart } from './slide-chart';
import { trendLineColor } from '../../figures/stats-view';

const WIDTH = 840;
const HEIGHT = 270;

/** The count across the file's years: the total, or one line per chosen province. */
export function StatsTrendSlide({ model }: { model: StatsSlideModels['stats-trend'] }) {
  const { locale } = useT();
  return (
    <div className="slide-chart-layout">
      <SlideChart label={model.conclusion} width={WIDTH}>
        <TrendChart
          width={WIDTH}
          height={HEIGHT}
          data={model.data}
          series={model.series.map((s, i) => ({ ...s, color: trendLineColor(i) }))}
          valueFormatter={(v) => formatNumber(v, locale)}
        />
      </SlideChart>
    </div>
  );
}
