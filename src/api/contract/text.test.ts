import { describe, expect, it } from 'vitest';
import { localizedText } from './common';
import { cleanApiText } from './text';

describe('text from the API', () => {
  it('loses the bidirectional controls, which would reorder the digits shown beside it', () => {
    expect(cleanApiText('\u202e越城区\u202c')).toBe('越城区');
    expect(cleanApiText('a\u200e\u200f\u061c\u2066b\u2069\u202a\u202b\u202d')).toBe('ab');
    expect(cleanApiText('柯桥区 (Keqiao)')).toBe('柯桥区 (Keqiao)');
  });

  it('is cleaned as it is parsed', () => {
    expect(localizedText.parse({ zh: '\u202e越城区', en: 'Yuecheng\u2067' })).toEqual({ zh: '越城区', en: 'Yuecheng' });
  });
});
