import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref holding the value of the latest commit, for a listener that lives as long as the page and
 * must read the newest state (a key or timer handler). It is updated in a layout effect, in the
 * commit that shows the value: a passive effect runs after paint, and an event in between (a new
 * page on screen, its first slide shown) would be read against the previous state.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
