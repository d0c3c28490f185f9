import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../state/use-t';

/** The time of day for the presenter, in the corner of the running deck; not read out. */
export function Clock() {
  const { locale } = useT();
  const [now, setNow] = useState(() => new Date());
  const format = useMemo(
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }),
    [locale],
  );
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), 10_000);
    return () => window.clearInterval(id);
  }, []);
  return (
    <span className="deck-clock" aria-hidden="true">
      {format.format(now)}
    </span>
  );
}
