import { describe, expect, it } from 'vitest';
import { resources } from '../lib/i18n';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function values(tree: object): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'object' && value !== null ? values(value) : [value],
  );
}

describe('locales', () => {
  it('has the same namespaces and keys in Chinese and English', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources['zh-CN']).sort());
    for (const ns of Object.keys(resources['zh-CN']) as (keyof (typeof resources)['zh-CN'])[]) {
      expect(keys(resources.en[ns]).sort(), ns).toEqual(keys(resources['zh-CN'][ns]).sort());
    }
  });

  it('has no empty strings and no untranslated Chinese in English', () => {
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      for (const value of values(resources.en[ns])) {
        expect(value.trim(), ns).not.toBe('');
        // The language switcher names Chinese in Chinese; 序时进度 is kept as the officials' term.
        const withoutAllowed = value.replace('中文', '').replace('序时进度', '');
        expect(withoutAllowed, `${ns}: ${value}`).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
