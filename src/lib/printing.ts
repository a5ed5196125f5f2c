/**
 * Whether the page is being printed. On screen, charts are created as they come near the viewport
 * and tables under charts only when asked for; printing needs all of them, so the moment the browser
 * announces a print (beforeprint, or print media emulated) they are rendered, synchronously, before
 * it lays the document out at paper size. While the print lasts, charts also take the paper's theme.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

const listeners = new Set<() => void>();
/** A print has been asked for at least once: what it rendered stays. */
let printed = false;
/** A print is under way: the page is laid out for paper now. */
let onPaper = false;

function setOnPaper(value: boolean) {
  if (onPaper === value) return;
  onPaper = value;
  if (value) printed = true;
  // Synchronously, so the charts exist, in the paper's theme, before the browser takes its print snapshot.
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => setOnPaper(true));
  window.addEventListener('afterprint', () => setOnPaper(false));
  window.matchMedia?.('print')?.addEventListener?.('change', (event) => setOnPaper(event.matches));
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
    () => printed,
    () => false,
  );

/** True while a print is under way (from beforeprint to afterprint, or while print media is emulated). */
export const useOnPaper = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => onPaper,
    () => false,
  );
