import { useState, type RefObject } from 'react';
import { useT } from '../../state/use-t';
import type { DeckSlideModel } from './deck-models';
import { downloadBlob } from '../../data/download';
import { slideImage, svgToPng } from './image-export';

type Props = {
  /** The deck element: the current slide's chart is read from it as drawn, in the current theme. */
  deckRef: RefObject<HTMLElement | null>;
  model: DeckSlideModel;
  number: number;
  /** Invented numbers: the image says so too. */
  synthetic: boolean;
};

/** "Download PNG / SVG" for the current chart slide: the chart with its title, conclusion and sources. */
export function SlideDownloads({ deckRef, model, number, synthetic }: Props) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);

  const image = () => {
    const slide = deckRef.current?.querySelector<HTMLElement>('.slide-stage .slide');
    const charts = slide
      ? [
          ...slide.querySelectorAll<SVGSVGElement>(
            '[data-slide-chart] svg.recharts-surface, [data-slide-chart] svg.ranked-bars',
          ),
        ]
      : [];
    if (!slide || charts.length === 0) throw new Error(t('present.download.none'));
    // The legend is HTML beside the chart: its swatches' drawn colours and labels go into the image.
    const legend = [...slide.querySelectorAll<HTMLElement>('[data-slide-chart] li')].map((li) => ({
      label: li.textContent?.trim() ?? '',
      color: li.querySelector('span')
        ? getComputedStyle(li.querySelector('span')!).backgroundColor
        : 'currentColor',
    }));
    return slideImage(slide, charts, {
      title: model.title,
      conclusion: model.conclusion,
      legend,
      footer: [synthetic ? t('synthetic.banner') : null, model.stamp, model.sourceLine].filter(
        (s): s is string => !!s,
      ),
    });
  };
  const fileName = (ext: string) => `jianfu-${String(number).padStart(2, '0')}-${model.id}.${ext}`;

  const run = async (kind: 'png' | 'svg') => {
    setError(null);
    try {
      const img = image();
      const blob =
        kind === 'svg'
          ? new Blob([img.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(img, 2);
      downloadBlob(fileName(kind), blob);
    } catch (e) {
      setError(t('present.download.failed', { detail: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-ink-muted">{t('present.download.label')}</span>
      <button type="button" className="btn text-sm" onClick={() => void run('png')}>
        {t('present.download.png')}
      </button>
      <button type="button" className="btn text-sm" onClick={() => void run('svg')}>
        {t('present.download.svg')}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-warn">
          {error}
        </p>
      ) : null}
    </div>
  );
}
