/**
 * The room a slide has, in rem of the page's type, so that a table on a slide (presenter and wall
 * modes) can be split across slides rather than cut or shrunk below reading size: the rows or columns
 * that fit once the slide's own furniture (filters, titles, source line) is set aside.
 */
import { useSyncExternalStore } from 'react';

/** The room changes with the window, and with the type size the mode and theme set on the root. */
function subscribe(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  const root = new MutationObserver(listener);
  root.observe(document.documentElement, { attributes: true, attributeFilter: ['data-mode', 'data-theme'] });
  return () => {
    window.removeEventListener('resize', listener);
    root.disconnect();
  };
}

/** Viewport size in rem, as one string so that the snapshot is stable between resizes. */
function snapshot(): string {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return `${window.innerWidth / rem}x${window.innerHeight / rem}`;
}

export interface SlideRoom {
  /** How many items of `itemRem` fit in the viewport's height once `reservedRem` is set aside (at least `min`). */
  rows: (reservedRem: number, itemRem: number, min?: number) => number;
  /** The same across the viewport's width. */
  columns: (reservedRem: number, itemRem: number, min?: number) => number;
}

export function useSlideRoom(): SlideRoom {
  const size = useSyncExternalStore(subscribe, snapshot, () => '120x67.5');
  const [width, height] = size.split('x').map(Number) as [number, number];
  const fit = (room: number, reserved: number, item: number, min: number) =>
    Math.max(min, Math.floor((room - reserved) / item));
  return {
    rows: (reserved, item, min = 3) => fit(height, reserved, item, min),
    columns: (reserved, item, min = 2) => fit(width, reserved, item, min),
  };
}

/** Splits items into consecutive parts of at most `size` (one part when they fit). */
export function splitIntoParts<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) parts.push(items.slice(i, i + Math.max(1, size)));
  return parts.length > 0 ? parts : [[]];
}

/**
 * Splits items into as few parts of at most `size` as `splitIntoParts`, but of even sizes (13 rows
 * at 8 a slide make 7 and 6, not 8 and a lonely 5), so that no slide is left nearly empty.
 */
export function splitEvenly<T>(items: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / Math.max(1, size)));
  return splitIntoParts(items, Math.ceil(items.length / count));
}
