import { provinceShortName } from '../../data/province-names';
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useCombobox, useMultipleSelection } from 'downshift';
import { provinceByCode, type Province } from '../../data/provinces';
import { searchProvinces } from '../../data/province-match';
import { useUrlStateStore } from '../../state/url-state-store';
import { useT } from '../../state/use-t';
import type { Locale } from '../../i18n/i18n';
import { useValueTypedEarly } from '../../components/ui/use-value-typed-early';
import { useRehearsal } from '../../components/ui/use-rehearsal';

/** The province names a locale shows: the short Chinese name, or the English one. */
export function provinceLabel(p: Province, locale: Locale): string {
  return provinceShortName(p, locale);
}

/**
 * A searchable multi-select for provinces: full and short names, Traditional forms, pinyin and
 * initials all find a unit (甘肃 / 甘肅 / gansu / gs). Chosen provinces show as removable chips.
 */
export function ProvinceCombobox() {
  const { t, locale } = useT();
  const codes = useUrlStateStore((s) => s.provinces);
  const setProvinces = useUrlStateStore((s) => s.setProvinces);
  const [input, setInput] = useState('');
  const selected = useMemo(() => codes.flatMap((c) => provinceByCode(c) ?? []), [codes]);
  const items = useMemo(() => searchProvinces(input).filter((p) => !codes.includes(p.code)), [input, codes]);

  const { getSelectedItemProps, getDropdownProps } = useMultipleSelection<Province>({
    selectedItems: selected,
    itemToKey: (p) => p?.code,
    onSelectedItemsChange: ({ selectedItems }) => setProvinces((selectedItems ?? []).map((p) => p.code)),
  });

  const types = useCombobox.stateChangeTypes;
  const {
    isOpen,
    getLabelProps,
    getMenuProps,
    getInputProps,
    highlightedIndex,
    getItemProps,
    openMenu,
    setHighlightedIndex,
  } = useCombobox<Province>({
    items,
    itemToString: (p) => (p ? provinceLabel(p, locale) : ''),
    itemToKey: (p) => p?.code,
    inputValue: input,
    selectedItem: null,
    stateReducer: (state, { changes, type }) => {
      switch (type) {
        case types.InputChange:
          // Typing highlights the best match, which Enter takes; an empty box highlights nothing, so
          // Enter there picks nothing (an arrow key picks an entry on purpose).
          return { ...changes, highlightedIndex: changes.inputValue ? 0 : -1 };
        case types.InputClick:
          // A click in the box shows the list; it never hides the matches of what is being typed.
          return {
            ...changes,
            isOpen: true,
            highlightedIndex: state.isOpen ? state.highlightedIndex : state.inputValue ? 0 : -1,
          };
        case types.InputKeyDownEnter:
        case types.ItemClick:
          // Keep the list open after a pick, so several provinces can be chosen in a row.
          return changes.selectedItem
            ? { ...changes, isOpen: true, highlightedIndex: -1, inputValue: '' }
            : { ...changes, isOpen: state.isOpen, highlightedIndex: state.highlightedIndex };
        case types.InputBlur:
          // Leaving the field never picks a province by itself.
          return { ...changes, selectedItem: null, inputValue: '' };
        default:
          return changes;
      }
    },
    onStateChange: ({ type, selectedItem }) => {
      switch (type) {
        case types.InputKeyDownEnter:
        case types.ItemClick:
          if (selectedItem) {
            setProvinces([...codes, selectedItem.code]);
            setInput('');
          }
          break;
        case types.InputBlur:
          setInput('');
          break;
      }
    },
  });

  // Typed before the page was live: the box takes the text up as if typed now, if the reader is still
  // in it; a reader who has left it would have seen it cleared.
  const inputRef = useRef<HTMLInputElement>(null);
  useValueTypedEarly(inputRef, input, (typed, field) => {
    if (document.activeElement !== field) {
      field.value = '';
      return;
    }
    setInput(typed);
    openMenu();
    setHighlightedIndex(typed ? 0 : -1);
  });

  // Once idle, the list is drawn hidden for a frame, so the first open costs what a later one does.
  const rehearsing = useRehearsal() && !isOpen;

  /* eslint-disable react-hooks/refs -- downshift attaches the ref beside its own; nothing reads it while rendering */
  const inputProps = getInputProps(
    getDropdownProps({
      preventKeyAction: isOpen,
      ref: inputRef,
      // The text is ours, set in the input's own event: downshift reports changes after rendering, and
      // a key pressed before that render would land in a stale value.
      onChange: (e: ChangeEvent<HTMLInputElement>) => setInput(e.currentTarget.value),
    }),
  );
  /* eslint-enable react-hooks/refs */

  return (
    <div className="relative flex min-w-64 flex-col gap-1">
      <label {...getLabelProps()} className="text-xs font-medium text-ink-muted">
        {t('filters.province')}
      </label>
      <div className="flex flex-wrap items-center gap-1 rounded border border-line bg-surface px-1 py-0.5">
        {selected.map((p, index) => (
          <span
            key={p.code}
            className="flex items-center gap-1 rounded bg-surface-muted px-2 py-0.5 text-sm"
            {...getSelectedItemProps({ selectedItem: p, index })}
          >
            {provinceLabel(p, locale)}
            <button
              type="button"
              className="rounded px-1 text-ink-muted hover:bg-line"
              aria-label={t('filters.remove', { name: provinceLabel(p, locale) })}
              onClick={(e) => {
                e.stopPropagation();
                setProvinces(codes.filter((c) => c !== p.code));
              }}
            >
              ×
            </button>
          </span>
        ))}
        <input
          className="min-w-32 flex-1 bg-transparent px-1 py-1 text-sm outline-none"
          placeholder={t('filters.provincePlaceholder')}
          {...inputProps}
        />
      </div>
      <ul
        {...getMenuProps()}
        className={`absolute top-full z-20 mt-1 max-h-72 w-full overflow-auto rounded border border-line bg-surface shadow-lg ${
          isOpen ? '' : 'hidden'
        }`}
      >
        {isOpen && items.length === 0 ? (
          <li className="px-3 py-2 text-sm text-ink-muted">{t('filters.provinceNone')}</li>
        ) : null}
        {isOpen
          ? items.map((p, index) => (
              <li
                key={p.code}
                className={`cursor-pointer px-3 py-1.5 text-sm ${highlightedIndex === index ? 'bg-surface-muted' : ''}`}
                {...getItemProps({ item: p, index })}
              >
                <ProvinceOption province={p} locale={locale} />
              </li>
            ))
          : null}
      </ul>
      {rehearsing ? (
        <ul
          aria-hidden
          inert
          className="invisible absolute top-full mt-1 max-h-72 w-full overflow-auto rounded border border-line bg-surface shadow-lg"
        >
          {items.map((p) => (
            <li key={p.code} className="px-3 py-1.5 text-sm">
              <ProvinceOption province={p} locale={locale} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ProvinceOption({ province: p, locale }: { province: Province; locale: Locale }) {
  return (
    <>
      <span className="font-medium">{provinceLabel(p, locale)}</span>{' '}
      <span className="text-ink-muted">
        {locale === 'en' ? p.short : p.en} · {p.code}
      </span>
    </>
  );
}
