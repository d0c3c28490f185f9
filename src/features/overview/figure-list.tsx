import { useT } from '../../state/use-t';
import { FigureButton } from '../../components/ui/figure-button';

type Item = { id: string; label: string; figure: string; flag?: string };

/** The chart's figures as text: its keyboard path to every source, and a second reading for everyone. */
export function FigureList({ items }: { items: readonly Item[] }) {
  const { t } = useT();
  return (
    <div>
      <p className="sr-only">{t('chart.dataList')}</p>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.id}>
            <FigureButton target={{ kind: 'observation', id: item.id }} className="figure-chip">
              <span className="text-ink-muted">{item.label}</span>{' '}
              <strong className="tabular-nums">{item.figure}</strong>
              {item.flag ? <span className="ml-1 text-warn">⚠ {item.flag}</span> : null}
            </FigureButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
