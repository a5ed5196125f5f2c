import { useTranslation } from 'react-i18next';
import type { WallPlayer } from './use-wall-player';
import { resumeAfterMs } from './use-wall-player';

/** A thin bar along the bottom that fills over the interval; it stops, and says so, while paused. */
export function WallProgress({ player }: { player: WallPlayer }) {
  const { t } = useTranslation();
  return (
    <div className="wall-progress" data-testid="wall-progress" data-paused={player.paused}>
      <span
        key={player.paused ? 'paused' : `${player.step}-running`}
        className="wall-progress__bar"
        style={{ animationDuration: `${player.interval}s` }}
        data-step={player.step}
      />
      {player.paused && (
        <span className="wall-progress__paused" role="status">
          {t('wall.paused', { seconds: resumeAfterMs(player.interval) / 1000 })}
        </span>
      )}
    </div>
  );
}
