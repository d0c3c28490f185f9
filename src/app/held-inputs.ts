/**
 * Inputs on a prerendered page before the app has called `hydrateRoot`, which the browser alone would
 * drop: clicks on buttons, and the keys a widget acts on (arrows in the tile map, Enter or ↓ in the
 * province box). They are held, their default prevented, and handed to React in order once it listens;
 * React then hydrates the part each one lands on before it runs the handler. Everything else keeps its
 * native action: links navigate, Tab moves focus, typing edits the field (the field takes the text up
 * when it hydrates), a select changes its value.
 *
 * No imports: this is part of the page's bootstrap.
 */

const isTextField = (el: Element) =>
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'file', 'button', 'submit'].includes(el.type));

/** Keys a text field's widget acts on and the browser does not (no form to submit, no list to open). */
const FIELD_KEYS = new Set(['Enter', 'ArrowUp', 'ArrowDown', 'Escape']);
/** Keys a widget made of buttons acts on (the tile map moves its focus); Enter and Space click. */
const BUTTON_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Escape']);

function isHeld(e: Event, target: Element): boolean {
  if (e instanceof KeyboardEvent) {
    if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return false;
    if (isTextField(target)) return FIELD_KEYS.has(e.key);
    return target.closest('button') !== null && BUTTON_KEYS.has(e.key);
  }
  // A click: links, labels and selects act natively.
  return target.closest('a[href], label, select') === null;
}

/** An input as it will be handed over: fresh events, aimed where the reader aimed them. */
type Held = { event: MouseEvent | KeyboardEvent; target: Element };

export function holdInputs(page: HTMLElement): { handOver: () => void } {
  const held: Held[] = [];
  const hold = (e: Event) => {
    const target = e.target;
    if (!(target instanceof Element) || !page.contains(target) || !isHeld(e, target)) return;
    e.preventDefault();
    held.push({ event: e as MouseEvent | KeyboardEvent, target });
  };
  window.addEventListener('click', hold, { capture: true });
  window.addEventListener('keydown', hold, { capture: true });

  return {
    handOver() {
      window.removeEventListener('click', hold, { capture: true });
      window.removeEventListener('keydown', hold, { capture: true });
      for (const { event, target } of held) {
        const init = { bubbles: true, cancelable: true, view: window, ...modifiers(event) };
        if (event instanceof KeyboardEvent) {
          // A key goes to what has focus now: a key replayed before it may have moved focus (the tile map).
          focused(target).dispatchEvent(
            new KeyboardEvent('keydown', { ...init, key: event.key, code: event.code, repeat: event.repeat }),
          );
        } else {
          const { detail, clientX, clientY, screenX, screenY, button } = event;
          // A click from the keyboard (Enter or Space on a button, detail 0) goes to what has focus now too.
          const to = detail === 0 ? focused(target) : target;
          to.dispatchEvent(
            new MouseEvent('click', { ...init, detail, clientX, clientY, screenX, screenY, button }),
          );
        }
      }
      held.length = 0;
    },
  };
}

const modifiers = ({ shiftKey, altKey, ctrlKey, metaKey }: MouseEvent | KeyboardEvent) => ({
  shiftKey,
  altKey,
  ctrlKey,
  metaKey,
});

const focused = (fallback: Element): Element =>
  document.activeElement && document.activeElement !== document.body ? document.activeElement : fallback;
