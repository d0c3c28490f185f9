import { useShallow } from 'zustand/react/shallow';
import type { AsOf } from '../data/as-of';
import { publicationIn } from '../data/localized';
import type { Source } from '../data/schema';
import { formatAsOf, formatDate } from '../i18n/format';
import { DEFAULT_LOCALE, type Locale } from '../i18n/i18n';
import { currentTheme } from './theme';
import { urlStateOf, useUrlStateStore } from './url-state-store';
import { serializeUrlState } from './url-state';
import { useT } from './use-t';
import { EMBED_HOME, isEmbedView, isStatsEmbedChart, VIEW_FILES, viewHref, type EmbedChart } from './views';

/** The address of a chart's own page with the given filters (a query string), language and theme. */
export function embedUrl(chart: EmbedChart, search: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  if (locale !== DEFAULT_LOCALE) params.set('lang', locale);
  const theme = currentTheme();
  if (theme !== 'system') params.set('theme', theme);
  const query = params.toString().replace(/%2C/g, ',');
  return new URL(`${VIEW_FILES[`embed-${chart}`]}${query ? `?${query}` : ''}`, location.href).href;
}

/**
 * What a chart's 嵌入 control needs, for any view: its page's address as filtered now (built when asked,
 * since it needs the page's location), the frame's title and the labels; null on an embed page itself
 * (nothing is embedded again).
 */
export function useEmbedLink(chart: EmbedChart, title: string) {
  const { t, locale } = useT();
  const view = useUrlStateStore((s) => s.view);
  const filters = useUrlStateStore(useShallow(urlStateOf));
  if (isEmbedView(view)) return null;
  return {
    // A statistics chart names its published dataset; the articles' charts have none.
    url: () =>
      embedUrl(
        chart,
        serializeUrlState({
          ...filters,
          slide: null,
          dataset: isStatsEmbedChart(chart) ? filters.dataset : null,
        }),
        locale,
      ),
    frameTitle: t('embed.frameTitle', { title }),
    labels: {
      open: t('embed.open'),
      hint: t('embed.hint'),
      copy: t('embed.copy'),
      copied: t('embed.copied'),
      preview: t('embed.preview'),
    },
  };
}

/** The link back from a chart's embed page to its view, with the same filters (and dataset, for statistics). */
export function useEmbedBack(chart: EmbedChart) {
  const { t } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const dataset = isStatsEmbedChart(chart) ? filters.dataset : null;
  const search = serializeUrlState({ ...filters, slide: null, dataset });
  return { backHref: `${viewHref(EMBED_HOME[chart])}${search}`, backLabel: t('embed.back') };
}

/**
 * The footer of an articles chart's embed page: its 数据截至 (the latest date among its figures, as the
 * print footer says it), each source cited once, and the link back to the chart's view.
 */
export function useEmbedFooter(chart: EmbedChart, asOf: AsOf | null, sources: readonly Source[]) {
  const { t, locale } = useT();
  const back = useEmbedBack(chart);
  return {
    stamp: asOf
      ? asOf.kind === 'date'
        ? formatAsOf(asOf.iso, locale, t)
        : t('asOf.stamp', { date: t('filters.yearValue', { year: asOf.year }) })
      : null,
    sources: sources.map((s) => ({
      id: s.id,
      text: t('sourceShort', { publication: publicationIn(s, locale), date: formatDate(s.date, locale) }),
    })),
    ...back,
  };
}
