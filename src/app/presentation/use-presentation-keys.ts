import { useEffect } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { pickGlobalParams } from '../../filters/url-params';
import { useViewPreferences } from '../../filters/use-view-preferences';
import { useLatest } from '../../lib/use-latest';
import { enterFullscreen, leaveFullscreen } from './fullscreen';

export interface SlideControl {
  index: number;
  count: number;
  setIndex: (index: number) => void;
}

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, select, textarea, [contenteditable="true"]') !== null;
}

/**
 * The presenter's keys: P enters and leaves presenter mode, → and ← step through the slides of a
 * page and then to the next or previous page, keeping every filter as the user left it; Esc leaves
 * presenter and wall modes. Leaving the browser's full screen leaves them too.
 *
 * One Esc does one thing, the topmost: an open dialog or detail handles its own Esc first (it
 * listens in the capture phase and marks the event handled), and only the next Esc leaves the mode.
 */
export function usePresentationKeys(pages: readonly string[], slides: SlideControl) {
  const { mode, setMode } = useViewPreferences();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  // One listener for the page's life, reading the newest state: a listener swapped during the
  // dispatch of a key (another listener's state change re-renders at once) misses that key. This is
  // how the wall's first Esc only paused it: its pause re-rendered and replaced this listener. The
  // state is the latest commit's (useLatest): a key pressed just after a page change was once read
  // against the previous page, stepping back a slide there instead of to the previous page.
  const state = useLatest({ slides, location, search, mode, setMode, navigate, pages });

  useEffect(() => {
    const goToPage = (step: 1 | -1) => {
      const { location: here, search: params, pages, navigate } = state.current;
      const index = pages.indexOf(here.pathname);
      const next = pages[(index + step + pages.length) % pages.length] ?? pages[0]!;
      void navigate({ pathname: next, search: pickGlobalParams(params).toString() });
    };
    const onKey = (event: KeyboardEvent) => {
      const { mode, setMode } = state.current;
      const presenting = mode === 'present';
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        if (presenting) {
          leaveFullscreen();
          setMode('normal');
        } else {
          enterFullscreen();
          setMode('present');
        }
        return;
      }
      if (mode === 'wall' && event.key === 'Escape') {
        leaveFullscreen();
        setMode('normal');
        return;
      }
      if (!presenting) return;
      const { slides: current } = state.current;
      if (event.key === 'Escape') {
        leaveFullscreen();
        setMode('normal');
      } else if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        event.preventDefault();
        if (current.index < current.count - 1) current.setIndex(current.index + 1);
        else goToPage(1);
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        if (current.index > 0) current.setIndex(current.index - 1);
        else goToPage(-1);
      }
    };
    const onFullscreenChange = () => {
      // The browser's own Esc leaves full screen without a key event reaching the page.
      const { mode, setMode } = state.current;
      if (!document.fullscreenElement && mode !== 'normal') setMode('normal');
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
    // `state` is one ref for the component's life: the listener is added once.
  }, [state]);
}
