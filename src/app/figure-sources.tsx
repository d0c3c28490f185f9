import { useMemo, type ReactNode } from 'react';
import { FigureSourceContext } from '../components/ui/figure-button';
import { useUiStore } from '../state/ui-store';
import { useT } from '../state/use-t';

/** Every figure button below opens its datum in the source panel (ui-store), with the hint in the UI language. */
export function FigureSources({ children }: { children: ReactNode }) {
  const openSource = useUiStore((s) => s.openSource);
  const { t } = useT();
  const value = useMemo(() => ({ open: openSource, hint: t('source.openHint') }), [openSource, t]);
  return <FigureSourceContext value={value}>{children}</FigureSourceContext>;
}
