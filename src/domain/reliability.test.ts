import { describe, expect, it } from 'vitest';
import type { Source } from '../api/contract/common';
import { ILLUSTRATIVE_SOURCE, testFigure } from '../test/test-observation';
import {
  canHeadlineGrowth,
  canJudge,
  canRankWith,
  isCitable,
  isSecondarySource,
  reliabilityRank,
  RELIABILITY_ORDER,
  madeFromIllustrative,
} from './reliability';

const web = (reliability: (typeof RELIABILITY_ORDER)[number]): Source => ({
  type: 'web',
  url: 'https://example.org/page',
  title: '页面',
  issuer: '网站',
  date: null,
  quote: 'q',
  reliability,
});

describe('the reliability predicate', () => {
  it('cites and judges official, reposted and press figures', () => {
    for (const reliability of ['official', 'official-repost', 'press'] as const) {
      const figure = testFigure({ source: web(reliability) });
      expect(isCitable(figure)).toBe(true);
      expect(canJudge(figure)).toBe(true);
      expect(canRankWith(figure)).toBe(true);
    }
  });

  it('never judges or ranks on a secondary figure', () => {
    const figure = testFigure({ source: web('secondary') });
    expect(isSecondarySource(figure.source)).toBe(true);
    expect(isCitable(figure)).toBe(false);
    expect(canJudge(figure)).toBe(false);
    expect(canRankWith(figure)).toBe(false);
  });

  it('judges no illustrative value, which is not a source at all', () => {
    const figure = testFigure({ status: 'illustrative', source: ILLUSTRATIVE_SOURCE });
    expect(isSecondarySource(figure.source)).toBe(false);
    expect(canJudge(figure)).toBe(false);
  });

  it('orders sources official first, illustrative last', () => {
    const ranks = RELIABILITY_ORDER.map((r) => reliabilityRank(web(r)));
    expect(ranks).toEqual([0, 1, 2, 3]);
    expect(reliabilityRank(ILLUSTRATIVE_SOURCE)).toBe(4);
  });

  it('lets no secondary nominal rate head a card; a secondary real rate may, marked', () => {
    expect(canHeadlineGrowth(testFigure({ growthBasis: 'nominal', source: web('secondary') }))).toBe(false);
    expect(canHeadlineGrowth(testFigure({ growthBasis: 'real', source: web('secondary') }))).toBe(true);
    expect(canHeadlineGrowth(testFigure({ growthBasis: 'nominal', source: web('official') }))).toBe(true);
  });
});

describe('madeFromIllustrative', () => {
  it('marks a value made from any illustrative input, and only then', () => {
    const published = testFigure({});
    const illustrative = testFigure({ status: 'illustrative', source: ILLUSTRATIVE_SOURCE });
    expect(madeFromIllustrative([published, illustrative])).toBe(true);
    expect(madeFromIllustrative([published, null, undefined])).toBe(false);
    expect(madeFromIllustrative([])).toBe(false);
  });
});
