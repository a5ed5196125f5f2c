import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Slides of a page in presenter and wall modes: the page's sections marked `data-slide` (or none, and
 * then the page scrolls as usual), shown one at a time and scaled to fit the screen without
 * scrolling, at any window size or display scaling. Pages stay ordinary pages; they only mark their
 * sections. Sections appear as data loads, so the DOM is watched rather than read once.
 */
/** Scaling up further would blur the charts' canvases more than the gain in size is worth. */
const MAX_SLIDE_SCALE = 1.5;

/** Below this a chart's labels crowd its plot (a slide that still does not fit is one the page must split). */
const MIN_CHART_HEIGHT_REM = 11;

/**
 * The charts of a slide's panels (side by side, in one row) take the height the rest of the slide
 * leaves: the difference between the room and the slide's height goes to them. The CSS reads the
 * height from `--slide-chart-height`; ECharts redraws at it when its container resizes.
 */
function fitCharts(slide: HTMLElement, room: number) {
  const chart = slide.querySelector<HTMLElement>('.chart-panel .echart__canvas, .chart-panel .echart__placeholder');
  if (!chart) return;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const next = Math.max(MIN_CHART_HEIGHT_REM * rem, chart.offsetHeight + room - slide.scrollHeight);
  // Settled when it fits with at most a few pixels to spare: no further round of layout. A slide that
  // runs over by even a pixel gives it back (it is never scaled down).
  const over = next < chart.offsetHeight;
  if (over || next - chart.offsetHeight > 2) slide.style.setProperty('--slide-chart-height', `${Math.floor(next)}px`);
}

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
        slide.style.removeProperty('--slide-chart-height');
      }
      return;
    }
    let current: HTMLElement | undefined;
    const fit = () => {
      if (!current) return;
      // The room below the filters and above whatever the mode shows at the foot (the main area's
      // bottom padding).
      const style = getComputedStyle(root);
      const bottom = root.getBoundingClientRect().bottom - parseFloat(style.paddingBottom);
      const height = bottom - current.getBoundingClientRect().top;
      const width = root.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      fitCharts(current, height);
      // A slide that leaves the room half empty (a narrow one, such as a table of a few columns) is
      // scaled up, as far as MAX_SLIDE_SCALE. Never down: that would shrink its type below reading
      // size; a page splits what does not fit across slides instead (see slide-room.ts).
      const scale = Math.min(MAX_SLIDE_SCALE, height / current.scrollHeight, width / current.scrollWidth);
      current.style.setProperty('--slide-scale', String(Math.max(1, scale)));
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
