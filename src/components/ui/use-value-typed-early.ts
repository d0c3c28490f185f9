import { useLayoutEffect, useRef, type RefObject } from 'react';

type Field = HTMLInputElement | HTMLSelectElement;

/**
 * What the reader typed or chose in a field of a page drawn at build time, before the app was there:
 * React leaves a field's value as it finds it while hydrating, and keeps the state it rendered with,
 * so the field would show one thing and the app hold another (and the next render would wipe the
 * text). When the field hydrates, `adopt` gets the value it holds if that is not the state's, before
 * any input is handed to it. On a field rendered on the client it never runs.
 *
 * A select whose options do not yet include the state's value (the years of a dataset still loading, with
 * `?year=2023` in the address) shows its first option: that is not the reader's choice, so it is not adopted
 * (it would silently clear the year the link named).
 *
 * `value` is the state the field stands for. A field whose state the page set before the app came (the
 * theme menu, set by public/before-paint.js to the stored theme, while React hydrates it with the build's
 * 跟随系统) passes a function that reads that state when the field hydrates: the reader's choice is what
 * differs from it, even where it equals what the build drew.
 */
export function useValueTypedEarly<T extends Field>(
  ref: RefObject<T | null>,
  value: string | (() => string),
  adopt: (typed: string, field: T) => void,
): void {
  // Only what the field was hydrated with counts: later changes reach it as inputs.
  const first = useRef({ value, adopt });
  useLayoutEffect(() => {
    const field = ref.current;
    const state = typeof first.current.value === 'function' ? first.current.value() : first.current.value;
    if (!field || field.value === state) return;
    const stateShown =
      !(field instanceof HTMLSelectElement) || [...field.options].some((o) => o.value === state);
    if (stateShown) first.current.adopt(field.value, field);
  }, [ref]);
}
