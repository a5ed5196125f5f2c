import type { Source } from '../api/contract/common';
import { SourceLine } from './chart-panel/source-line';
import { useViewPreferences } from '../filters/use-view-preferences';

/**
 * On a wall slide the sources stand under what it shows: nobody hovers a wall screen. On the page
 * and in presenter mode every figure gives its source on hover and focus instead.
 */
export function WallSources({ sources }: { sources: readonly Source[] }) {
  const { mode } = useViewPreferences();
  if (mode !== 'wall') return null;
  return (
    <footer className="wall-sources">
      <SourceLine sources={sources} />
    </footer>
  );
}
