import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { readGlobalParams } from '../../filters/url-params';
import { useLatest } from '../../lib/use-latest';
import type { SlideControl } from '../presentation/use-presentation-keys';
import { readWallSettings, viewLocation, type WallView } from './wall-params';

/** After an interaction, the wall waits this long without another before it plays on. */
export const resumeAfterMs = (intervalSeconds: number) => Math.max(10, intervalSeconds) * 1000;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

function matches(view: WallView, pathname: string, search: URLSearchParams): boolean {
  const { params } = readGlobalParams(search);
  return (
    pathname === `/${view.page}` &&
    (view.region ?? undefined) === params.region &&
    (view.period ?? undefined) === params.period
  );
}

export interface WallPlayer {
  paused: boolean;
  /** Changes whenever a slide starts, so the progress bar restarts. */
  step: string;
  interval: number;
}

/**
 * Wall mode: each slide of each view of the playlist stays `interval` seconds, then the next; any
 * interaction pauses the wall, and a quiet spell resumes it.
 */
export function useWallPlayer(active: boolean, slides: SlideControl): WallPlayer {
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { views, interval } = readWallSettings(search);
  const [paused, setPaused] = useState(false);
  const state = useLatest({ views, slides, search, pathname: location.pathname });

  const advance = useCallback(() => {
    const { views: list, slides: current, search: params, pathname } = state.current;
    if (current.index < current.count - 1) {
      current.setIndex(current.index + 1);
      return;
    }
    const here = list.findIndex((view) => matches(view, pathname, params));
    const next = list[(here + 1) % list.length] ?? list[0];
    if (next) void navigate(viewLocation(next, params));
  }, [navigate, state]);

  const step = `${location.pathname}${location.search}#${slides.index}`;
  useEffect(() => {
    if (!active || paused) return;
    const timer = setTimeout(advance, interval * 1000);
    return () => clearTimeout(timer);
  }, [active, paused, interval, advance, step]);

  useEffect(() => {
    if (!active) return;
    let resume: ReturnType<typeof setTimeout> | undefined;
    const onActivity = () => {
      setPaused(true);
      clearTimeout(resume);
      resume = setTimeout(() => setPaused(false), resumeAfterMs(interval));
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      clearTimeout(resume);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
    };
  }, [active, interval]);

  return { paused: active && paused, step, interval };
}
