/**
 * Units as the sources write them, and the one rule for converting between them. A source may give
 * a figure in a larger or smaller unit than the catalogue's (浙江 GDP in 万亿元 where the catalogue
 * says 亿元, 实际利用外资 in 万美元 for 亿美元): the same quantity at another scale. 人 and 名 are
 * the same people counted with another word. Anything else (元 and 美元, 亩 and 平方米) does not
 * convert: the figure is of another kind.
 */

/** Chinese magnitude prefixes, longest first so that 万亿 is read before 万 and 亿. */
const SCALE_PREFIXES: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** Counter words that count the same thing: 名 and 人 are both persons. */
const SAME_COUNTER: Record<string, string> = { 名: '人' };

/** Units that begin with a prefix's character but are units of their own: 千瓦 is not a thousand 瓦 here. */
const WHOLE_UNITS = new Set(['千瓦', '千瓦时', '千克', '百分点', '个百分点']);

interface ScaledUnit {
  base: string;
  scale: number;
}

function parseUnit(unit: string): ScaledUnit {
  const counted = (base: string) => SAME_COUNTER[base] ?? base;
  if (WHOLE_UNITS.has(unit)) return { base: unit, scale: 1 };
  const prefix = SCALE_PREFIXES.find(([p]) => unit.startsWith(p) && unit.length > p.length);
  return prefix ? { base: counted(unit.slice(prefix[0].length)), scale: prefix[1] } : { base: counted(unit), scale: 1 };
}

/**
 * Factor that brings a value in `from` to `to` (万亩 → 亩: 10000; 万元 → 亿元: 0.0001), or null
 * when the two are not the same quantity at another scale.
 */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const a = parseUnit(from);
  const b = parseUnit(to);
  if (a.base !== b.base) return null;
  return a.scale / b.scale;
}
