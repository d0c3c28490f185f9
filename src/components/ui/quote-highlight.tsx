/** Where a figure stands in a quote: character offsets, end exclusive. */
export type QuoteSpan = { start: number; end: number };

/** The quote with the datum's figures marked (`figureSpans` in src/data/quote-figures.ts finds them). */
export function QuoteHighlight({ quote, spans }: { quote: string; spans: readonly QuoteSpan[] }) {
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
