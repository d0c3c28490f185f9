import { publicationIn } from '../../data/localized';
import type { Source } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatDate } from '../../i18n/format';

/** The closing slide: every source the dataset cites, with publication and date, oldest first. */
export function SourcesSlide({ sources }: { sources: readonly Source[] }) {
  const { t, locale } = useT();
  const titleOf = (id: string) => sources.find((s) => s.id === id)?.title;
  return (
    <ol className="slide-sources">
      {sources.map((s) => {
        const same = s.sameTextAs ? titleOf(s.sameTextAs) : undefined;
        return (
          <li key={s.id}>
            <span className="slide-source-title">{t('text.titleQuoted', { title: s.title })}</span>
            <span className="slide-source-meta">
              {publicationIn(s, locale)} · {formatDate(s.date, locale)}
              {same
                ? ` · ${t('present.sources.sameText', { title: t('text.titleQuoted', { title: same }) })}`
                : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
