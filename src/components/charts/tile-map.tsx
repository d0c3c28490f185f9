import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { tileFromKey } from './tile-nav';
import { shadeLevel, shadeStyle } from './tile-shades';

export type TileMapTile = {
  code: string;
  /** What the tile prints: a short name that fits a square ("甘肃", "GS"). */
  label: string;
  /** The unit's name as read aloud and shown in the detail panel ("甘肃", "Gansu"). */
  name: string;
  value: number | null;
  /** What the tile prints as its value where it has one (default: the number as is). */
  shortValue?: string;
  /** The value in words ("3条数据"); the accessible name is `${name} ${valueLabel}`. */
  valueLabel: string;
  selected: boolean;
  /** 0-based cell on the grid. */
  row: number;
  col: number;
  /** What hovering or focusing the tile shows: a few lines of text. */
  details: readonly string[];
};

/** A shade step of the legend: values from `from` to `to` (open-ended where null), with its label. */
export type TileStep = { from: number; to: number | null; label: string };

export type TileMapLabels = {
  /** Names the group of tiles for assistive technology. */
  group: string;
  /** How to use it with the keyboard; shown under the map and read as the group's description. */
  keyboardHint: string;
  legendTitle: string;
  /** Legend label of a tile with no value. */
  none: string;
  /** Legend label of a selected tile. */
  selected: string;
  /** What the detail panel says before any tile is hovered or focused. */
  detailHint: string;
};

type Props = {
  tiles: readonly TileMapTile[];
  steps: readonly TileStep[];
  onToggle: (code: string) => void;
  labels: TileMapLabels;
  rows?: number;
  cols?: number;
  /** Tiles and legend only, for a slide: no keyboard hint and no hover panel (every value is on its tile). */
  compact?: boolean;
};

/**
 * A tile-grid cartogram: one equal square per unit at its grid cell, shaded and labelled by its value.
 * Tiles are toggle buttons in one tab stop (roving tabindex): arrows move by grid position, Home/End go to
 * the ends, Enter or Space toggles. Hover or focus shows the tile's details as text beside the map.
 */
export function TileMap({ tiles, steps, onToggle, labels, rows = 8, cols = 8, compact = false }: Props) {
  const id = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const [active, setActive] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const ordered = [...tiles].sort((a, b) => a.row - b.row || a.col - b.col);
  // The tab stop: the tile last moved to, else the first selected, else the first with a value.
  const tabStop =
    ordered.find((t) => t.code === active) ??
    ordered.find((t) => t.selected) ??
    ordered.find((t) => (t.value ?? 0) > 0) ??
    ordered[0];
  const shown = tiles.find((t) => t.code === (hovered ?? focused));

  // A page drawn at build time comes to life a moment after it is shown, maybe with the pointer already
  // on a tile or a tile already focused: no mouseenter or focus event comes for those, so they are read
  // from the page.
  useEffect(() => {
    for (const [code, el] of refs.current) {
      if (el.matches(':hover')) setHovered(code);
      if (el === document.activeElement) {
        setFocused(code);
        setActive(code);
      }
    }
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = tileFromKey(ordered, index, e.key);
    if (next === null) return;
    e.preventDefault();
    const target = ordered[next]!;
    setActive(target.code);
    refs.current.get(target.code)?.focus();
  };

  return (
    <div className="flex flex-col gap-3">
      <div
        role="group"
        aria-label={labels.group}
        aria-describedby={compact ? undefined : `${id}-hint`}
        className="@container grid gap-1"
        style={{
          gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${rows}, auto)`,
        }}
      >
        {ordered.map((tile, i) => {
          const level = shadeLevel(tile.value, steps);
          return (
            <button
              key={tile.code}
              ref={(el) => {
                if (el) refs.current.set(tile.code, el);
                else refs.current.delete(tile.code);
              }}
              type="button"
              tabIndex={tile === tabStop ? 0 : -1}
              aria-pressed={tile.selected}
              aria-label={`${tile.name} ${tile.valueLabel}`}
              aria-describedby={tile.details.length ? `${id}-d-${tile.code}` : undefined}
              data-code={tile.code}
              className={`relative flex aspect-square min-w-0 cursor-pointer flex-col items-center justify-center rounded-md leading-tight transition-transform hover:z-10 hover:scale-105 motion-reduce:transition-none motion-reduce:hover:scale-100 ${
                tile.selected
                  ? 'border-[3px] border-ink shadow-md'
                  : level === 0
                    ? 'border border-dashed border-line'
                    : 'border border-transparent'
              }`}
              style={{ ...shadeStyle(level), gridRow: tile.row + 1, gridColumn: tile.col + 1 }}
              onClick={() => onToggle(tile.code)}
              onKeyDown={(e) => onKeyDown(e, i)}
              onFocus={() => {
                setFocused(tile.code);
                setActive(tile.code);
              }}
              onBlur={() => setFocused((f) => (f === tile.code ? null : f))}
              onMouseEnter={() => setHovered(tile.code)}
              onMouseLeave={() => setHovered((h) => (h === tile.code ? null : h))}
            >
              <span className="max-w-full truncate text-[clamp(10px,3.1cqi,15px)] font-medium">
                {tile.label}
              </span>
              <span className="text-[clamp(11px,3.6cqi,18px)] font-bold tabular-nums" aria-hidden="true">
                {/* No figure is a dash, never 0: on a projector a 0 reads as a real zero. */}
                {tile.value === null ? '—' : (tile.shortValue ?? tile.value)}
              </span>
              {tile.selected ? (
                <span
                  aria-hidden="true"
                  className="absolute -top-2 -right-2 flex h-5 w-5 items-center justify-center rounded-full bg-ink text-xs font-bold text-surface"
                >
                  ✓
                </span>
              ) : null}
              {tile.details.length ? (
                <span id={`${id}-d-${tile.code}`} hidden>
                  {tile.details.join(' ')}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>

      {compact ? null : (
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {labels.keyboardHint}
        </p>
      )}

      <TileLegend steps={steps} labels={labels} />

      {compact ? null : (
        <div
          className="min-h-[5.5rem] rounded-md border border-line bg-surface-muted px-3 py-2 text-sm"
          data-testid="tile-detail"
        >
          {shown ? (
            <>
              <p className="font-semibold">
                {shown.name} · {shown.valueLabel}
              </p>
              <ul className="mt-1 list-disc pl-5 text-ink-muted">
                {shown.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-ink-muted">{labels.detailHint}</p>
          )}
        </div>
      )}
    </div>
  );
}

/** Shades with their numbers, and what a selected tile looks like: readable without telling colours apart. */
function TileLegend({ steps, labels }: { steps: readonly TileStep[]; labels: TileMapLabels }) {
  const items = [
    { label: labels.none, level: 0 },
    ...steps.map((s, i) => ({ label: s.label, level: i + 1 })),
  ];
  return (
    <div className="flex flex-col gap-1 text-xs">
      <p className="font-medium text-ink">{labels.legendTitle}</p>
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {items.map((item) => (
          <li key={item.level} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block h-4 w-5 rounded-sm ${
                item.level === 0 ? 'border border-dashed border-line' : ''
              }`}
              style={shadeStyle(item.level)}
            />
            <span className="tabular-nums">{item.label}</span>
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-flex h-4 w-5 items-center justify-center rounded-sm border-2 border-ink text-[10px] font-bold"
          >
            ✓
          </span>
          <span>{labels.selected}</span>
        </li>
      </ul>
    </div>
  );
}
