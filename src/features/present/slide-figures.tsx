import { useT } from '../../state/use-t';
import { FigureButton } from '../../components/ui/figure-button';

export type SlideFigure = { id: string; label: string; figure: string };

/**
 * The slide's figures as buttons, each opening its source: the keyboard path to every datum a chart
 * draws. Shown while preparing the deck; the running slideshow and the handouts leave them out.
 */
export function SlideFigures({ items }: { items: readonly SlideFigure[] }) {
  const { t } = useT();
  if (items.length === 0) return null;
  return (
    <div className="slide-figures">
      <p className="sr-only">{t('chart.dataList')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <FigureButton target={{ kind: 'observation', id: item.id }}>
              <span className="slide-figure-label">{item.label}</span> <strong>{item.figure}</strong>
            </FigureButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
