/** Story feeds: well-formed XML, the right language, every item linking to a story page in that language. */
import { expect, test } from '@playwright/test';
import { DOMParser } from 'linkedom';

for (const [lang, tag] of [
  ['lv', 'lv-LV'],
  ['en', 'en-GB'],
  ['ru', 'ru-RU'],
] as const) {
  test(`the ${lang} story feed is valid RSS in ${lang}`, async ({ page, request }) => {
    const res = await request.get(`/${lang}/stories/rss.xml`);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    // Well-formedness: the browser's XML parser reports errors as <parsererror>.
    await page.goto('/');
    const errors = await page.evaluate(
      (x) => new DOMParser().parseFromString(x, 'text/xml').getElementsByTagName('parsererror').length,
      xml,
    );
    expect(errors).toBe(0);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelector('rss')?.getAttribute('version')).toBe('2.0');
    expect(doc.querySelector('channel > language')?.textContent).toBe(tag);
    const links = [...doc.querySelectorAll('item > link')].map((l) => new URL(l.textContent!).pathname);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l).toMatch(new RegExp(`^/${lang}/stories/[a-z0-9-]+/$`));
      expect((await request.get(l)).status()).toBe(200);
    }
  });
}
