/**
 * Whether the page is being printed. On screen, charts are created as they come near the viewport
 * and tables under charts only when asked for; printing needs all of them, so the moment the browser
 * announces a print (beforeprint, or print media emulated) they are rendered, synchronously, before
 * it lays the document out at paper size.
 */
import { useSyncExternalStore } from 'react';
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * True from the first print on. A page keeps what it rendered for print: removing it again after
 * the dialog closes would gain nothing and could run while a second print is being prepared.
 */
export const usePrinting = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
