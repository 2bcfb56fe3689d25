import { describe, expect, it } from 'vitest';
import { localePath, switchLocale } from '../../src/routing/urls.ts';

describe('localized URLs', () => {
  it('build language-prefixed paths with a trailing slash', () => {
    expect(localePath('en', 'municipalities', 'riga', 'housing')).toBe('/en/municipalities/riga/housing/');
    expect(localePath('lv')).toBe('/lv/');
  });

  it('switch language on the same page, keeping the slug', () => {
    expect(switchLocale('/lv/faq/declare-residence/', 'ru')).toBe('/ru/faq/declare-residence/');
    expect(switchLocale('/en/', 'lv')).toBe('/lv/');
  });

  it('send pages outside the language tree to the home page of the language', () => {
    expect(switchLocale('/', 'en')).toBe('/en/');
    expect(switchLocale('/404.html', 'ru')).toBe('/ru/');
  });
});

describe('site sections registry', () => {
  it('every section the content rules accept as a link target has its page', async () => {
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { sections } = await import('../../src/routing/sections.ts');
    const dir = join(import.meta.dirname, '../../src/pages/[locale]');
    const missing = sections.filter((s) => !existsSync(join(dir, `${s}.astro`)) && !existsSync(join(dir, s, 'index.astro')));
    expect(missing).toEqual([]);
  });
});
