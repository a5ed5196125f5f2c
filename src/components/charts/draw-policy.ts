/**
 * When a chart may be drawn. On screen a chart is created when it comes near the viewport, so a
 * page draws what the official sees first and the rest as they scroll. Printing draws every chart:
 * the browser lays the whole document out at paper size, so everything must exist before it does.
 */
import { flushSync } from 'react-dom';

const listeners = new Set<() => void>();
let printing = false;

function setPrinting(value: boolean) {
  if (printing === value) return;
  printing = value;
  // Synchronously, so the charts exist before the browser takes its print snapshot.
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.matchMedia?.('print')?.addEventListener?.('change', (event) => {
    if (event.matches) setPrinting(true);
  });
}

export function subscribePrinting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Once printed, a page keeps its charts: redrawing them after the dialog closes gains nothing. */
export const isPrinting = () => printing;

/** How far outside the viewport a chart starts being drawn, so scrolling rarely shows a blank. */
export const NEAR_VIEWPORT_MARGIN = '300px 0px';
