import { findFigure, type QuoteFigure } from '../../data/quote-figures';

type Span = { start: number; end: number };

/** Where each figure stands in the quote, without overlaps, in reading order. */
export function figureSpans(quote: string, figures: readonly QuoteFigure[]): Span[] {
  const spans = figures
    .map(({ n, ...hints }) => findFigure(quote, n, hints))
    .filter((s): s is Span => s !== null)
    .sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => i === 0 || s.start >= spans[i - 1]!.end);
}

/** The quote with the datum's figures marked. */
export function QuoteHighlight({ quote, figures }: { quote: string; figures: readonly QuoteFigure[] }) {
  const spans = figureSpans(quote, figures);
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start > at) parts.push(quote.slice(at, s.start));
    parts.push(<mark key={i}>{quote.slice(s.start, s.end)}</mark>);
    at = s.end;
  });
  if (at < quote.length) parts.push(quote.slice(at));
  return <>{parts}</>;
}
