import { useState } from 'react';
import { floorData } from './floor-data';
import { FloorChart } from './floor-chart';

/**
 * The floor: a headline figure and six charts from static data, and a button that draws all six
 * again with new figures. What the dashboard's pages cost beyond this is their own doing.
 */
export function FloorApp() {
  const [seed, setSeed] = useState(0);
  const data = floorData(seed);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 16 }}>
      <header style={{ display: 'flex', alignItems: 'baseline', gap: 24 }}>
        <h1 style={{ fontSize: 20, margin: 0 }}>地区生产总值增速</h1>
        <p data-testid="floor-headline" style={{ fontSize: 32, margin: 0 }}>
          +{data.headline.toFixed(1)}%
        </p>
        <button type="button" data-testid="floor-rerender" onClick={() => setSeed((s) => s + 1)}>
          Re-render
        </button>
      </header>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 16, marginTop: 16 }}>
        {data.charts.map((chart) => (
          <FloorChart key={chart.id} data={chart} />
        ))}
      </div>
    </main>
  );
}
