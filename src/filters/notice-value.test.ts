import { describe, expect, it } from 'vitest';
import { NOTICE_VALUE_MAX_CHARS, noticeValue } from './notice-value';

describe('noticeValue', () => {
  it('keeps a short value as it is', () => {
    expect(noticeValue('999999')).toBe('999999');
  });

  it('cuts a long value to 40 characters and an ellipsis, counting characters not code units', () => {
    expect(noticeValue('x'.repeat(3000))).toBe(`${'x'.repeat(NOTICE_VALUE_MAX_CHARS)}…`);
    expect(noticeValue('😀'.repeat(50))).toBe(`${'😀'.repeat(40)}…`);
  });

  it('replaces control and direction characters', () => {
    expect(noticeValue('a\u202eb\nc')).toBe('a\ufffdb\ufffdc');
  });
});
