import { useMemo, useState } from 'react';
import { useCombobox, useMultipleSelection } from 'downshift';
import { provinceByCode, type Province } from '../../data/provinces';
import { searchProvinces } from '../../data/province-match';
import { useFiltersStore } from '../../state/url-state-store';
import { useT } from '../../state/use-t';

/** The province names a locale shows: the short Chinese name, or the English one. */
export function provinceLabel(p: Province, locale: string): string {
  return locale === 'en' ? p.en : p.short;
}

/**
 * A searchable multi-select for provinces: full and short names, Traditional forms, pinyin and
 * initials all find a unit (甘肃 / 甘肅 / gansu / gs). Chosen provinces show as removable chips.
 */
export function ProvinceCombobox() {
  const { t, locale } = useT();
  const codes = useFiltersStore((s) => s.provinces);
  const setProvinces = useFiltersStore((s) => s.setProvinces);
  const [input, setInput] = useState('');
  const selected = useMemo(() => codes.flatMap((c) => provinceByCode(c) ?? []), [codes]);
  const items = useMemo(() => searchProvinces(input).filter((p) => !codes.includes(p.code)), [input, codes]);

  const { getSelectedItemProps, getDropdownProps } = useMultipleSelection<Province>({
    selectedItems: selected,
    itemToKey: (p) => p?.code,
    onSelectedItemsChange: ({ selectedItems }) => setProvinces((selectedItems ?? []).map((p) => p.code)),
  });

  const { isOpen, getLabelProps, getMenuProps, getInputProps, highlightedIndex, getItemProps } =
    useCombobox<Province>({
      items,
      itemToString: (p) => (p ? provinceLabel(p, locale) : ''),
      itemToKey: (p) => p?.code,
      inputValue: input,
      selectedItem: null,
      defaultHighlightedIndex: 0,
      stateReducer: (state, { changes, type }) => {
        switch (type) {
          case useCombobox.stateChangeTypes.InputKeyDownEnter:
          case useCombobox.stateChangeTypes.ItemClick:
            // Keep the list open after a pick, so several provinces can be chosen in a row.
            return { ...changes, isOpen: true, highlightedIndex: state.highlightedIndex, inputValue: '' };
          case useCombobox.stateChangeTypes.InputBlur:
            // Leaving the field never picks a province by itself.
            return { ...changes, selectedItem: null, inputValue: '' };
          default:
            return changes;
        }
      },
      onStateChange: ({ inputValue, type, selectedItem }) => {
        switch (type) {
          case useCombobox.stateChangeTypes.InputKeyDownEnter:
          case useCombobox.stateChangeTypes.ItemClick:
            if (selectedItem) setProvinces([...codes, selectedItem.code]);
            setInput('');
            break;
          case useCombobox.stateChangeTypes.InputChange:
            setInput(inputValue ?? '');
            break;
          case useCombobox.stateChangeTypes.InputBlur:
            setInput('');
            break;
        }
      },
    });

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
          {...getInputProps(getDropdownProps({ preventKeyAction: isOpen }))}
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
                <span className="font-medium">{provinceLabel(p, locale)}</span>{' '}
                <span className="text-ink-muted">
                  {locale === 'en' ? p.short : p.en} · {p.code}
                </span>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
