import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Slides of a page in presenter and wall modes: the page's sections marked `data-slide` (or none, and
 * then the page scrolls as usual), shown one at a time and scaled down to fit the screen without
 * scrolling, at any window size or display scaling. Pages stay ordinary pages; they only mark their
 * sections. Sections appear as data loads, so the DOM is watched rather than read once.
 */
export function useSlides(container: RefObject<HTMLElement | null>, active: boolean, pageKey: string) {
  const [position, setPosition] = useState({ pageKey, index: 0 });
  const [count, setCount] = useState(1);
  // A new page starts at its first slide.
  const index = position.pageKey === pageKey ? position.index : 0;
  const setIndex = useCallback((next: number) => setPosition({ pageKey, index: next }), [pageKey]);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const slidesOf = () => [...root.querySelectorAll<HTMLElement>('[data-slide]')];
    if (!active) {
      for (const slide of slidesOf()) {
        slide.removeAttribute('data-slide-active');
        slide.style.removeProperty('--slide-scale');
      }
      return;
    }
    let current: HTMLElement | undefined;
    const fit = () => {
      if (!current) return;
      // Scale the slide down until it fits below the filters; never up.
      const height = window.innerHeight - current.getBoundingClientRect().top - 8;
      const scale = Math.min(1, height / current.scrollHeight, root.clientWidth / current.scrollWidth);
      current.style.setProperty('--slide-scale', String(Math.max(0.3, scale)));
    };
    const resize = new ResizeObserver(fit);
    const apply = () => {
      const slides = slidesOf();
      setCount(Math.max(1, slides.length));
      const next = slides[Math.min(index, slides.length - 1)];
      for (const slide of slides) {
        if (slide === next) slide.setAttribute('data-slide-active', '');
        else slide.removeAttribute('data-slide-active');
      }
      if (next !== current) {
        if (current) resize.unobserve(current);
        current = next;
        if (current) resize.observe(current);
      }
      fit();
    };
    // First pass on the next frame: the page's sections may not be in the DOM yet.
    const frame = requestAnimationFrame(apply);
    const mutations = new MutationObserver(apply);
    mutations.observe(root, { childList: true, subtree: true });
    window.addEventListener('resize', fit);
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      resize.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [container, active, index, pageKey]);

  return { index: Math.min(index, count - 1), count, setIndex };
}
