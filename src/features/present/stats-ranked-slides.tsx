import { useT } from '../../state/use-t';
import { formatPercent } from '../../i18n/format';
import { RankedBars, rankedMax } from '../../components/charts/ranked-bars';
import { planRanking, yoyRanking, type RankedBar } from '../../figures/stats-charts';
import { lineRuns } from '../../figures/stats-view';
import { rankColumns, type StatsSlideModels } from './stats-slide-models';
import { SlideChart } from './slide-chart';

/** The chart area's width and height as drawn (it is shown at CHART_SCALE). */
const WIDTH = 860;
const HEIGHT = 290;

type RankedProps = {
  label: string;
  data: readonly RankedBar[];
  mark?: { value: number; label: string };
};

/**
 * A ranking of provinces in as many columns as it needs, on one value axis. The chart is an image to
 * assistive technology; the figures follow as text, each with the file lines it was computed from.
 */
function RankedSlide({ label, data, mark }: RankedProps) {
  const { t, locale } = useT();
  const columns = rankColumns(data);
  const rows = columns[0]?.length ?? 0;
  const top = (mark ? 20 : 0) + 24;
  const rowHeight = Math.max(16, Math.min(36, Math.floor((HEIGHT - top) / Math.max(1, rows))));
  const max = rankedMax(data, mark);
  const width = Math.floor(WIDTH / Math.max(1, columns.length));
  return (
    <div className="slide-chart-layout">
      <SlideChart label={label} width={WIDTH}>
        <div className="slide-chart-columns">
          {columns.map((column, i) => (
            <div key={i}>
              <RankedBars
                axis
                rows={column}
                max={max}
                mark={mark}
                tickFormatter={(v) => formatPercent(v, locale)}
                width={width}
                rowHeight={rowHeight}
                labelWidth={locale === 'en' ? 132 : 56}
              />
            </div>
          ))}
        </div>
      </SlideChart>
      <ul className="sr-only">
        {data.map((d) => (
          <li key={d.key}>
            {d.label} {d.valueLabel}
            {t('text.parenthetical', { text: t('import.view.lines', { lines: lineRuns(d.lines, t) }) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Share of the annual plan per province, largest first, against the plan mark. */
export function StatsPlanSlide({ model }: { model: StatsSlideModels['stats-plan'] }) {
  const { t, locale } = useT();
  return (
    <RankedSlide
      label={model.conclusion}
      mark={{ value: 100, label: t('plan.planMark') }}
      data={planRanking(model.bars, locale)}
    />
  );
}

/** Year on year per province, largest fall first; a bar is the size of the change, its label the direction. */
export function StatsYoySlide({ model }: { model: StatsSlideModels['stats-yoy'] }) {
  const { locale } = useT();
  return <RankedSlide label={model.conclusion} data={yoyRanking(model.bars, locale)} />;
}
