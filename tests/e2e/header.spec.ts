/** The site header on a phone: short enough to leave the first screen to the page, and usable without JavaScript. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { languages, templates } from '../../scripts/lib/page-templates.ts';

const phone = { width: 360, height: 740 };
const menu = { lv: 'Izvēlne', en: 'Menu', ru: 'Меню' } as const;
const support = { lv: 'Atbalsts un granti', en: 'Support & grants', ru: 'Поддержка и гранты' } as const;

test('at 360 px the header is at most 120 px tall in every language, on every kind of page', async ({ page }) => {
  await page.setViewportSize(phone);
  for (const lang of languages) {
    for (const url of [templates.home!, templates.topic!, templates.faqAnswer!, templates.search!]) {
      await page.goto(url(lang));
      const box = (await page.locator('body > header').boundingBox())!;
      expect(box.height, `${url(lang)} header height`).toBeLessThanOrEqual(120);
      expect(box.width, `${url(lang)} header width`).toBeLessThanOrEqual(phone.width);
      // The page's own heading starts on the first screen, well above the fold.
      const h1 = (await page.locator('h1').boundingBox())!;
      expect(h1.y, `${url(lang)} h1 position`).toBeLessThan(250);
    }
  }
});

test('on a phone the menu opens without JavaScript and leads to every section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
  const page = await context.newPage();
  for (const lang of languages) {
    await page.goto(templates.topic!(lang));
    const nav = page.getByRole('navigation', { name: /navigation|navigācija|меню/i });
    const supportLink = page.locator('header').getByRole('link', { name: support[lang], exact: true });
    await expect(supportLink).toBeHidden();
    // The languages and search stay one tap away, outside the menu.
    await expect(page.getByRole('navigation', { name: /Valoda|Language|Язык/ }).getByRole('link')).toHaveCount(3);
    await expect(
      page.locator('header').getByRole('link', { name: { lv: 'Meklēt', en: 'Search', ru: 'Поиск' }[lang], exact: true }),
    ).toBeVisible();
    await page.getByText(menu[lang], { exact: true }).click();
    await expect(nav.getByRole('link')).toHaveCount(6);
    await supportLink.click();
    await expect(page).toHaveURL(templates.support!(lang));
  }
  await context.close();
});

test('on a phone the open menu has no axe violations', async ({ page }) => {
  test.setTimeout(90_000); // three full axe runs over the home page, which carries the map and the list of municipalities
  await page.setViewportSize(phone);
  for (const lang of languages) {
    await page.goto(templates.home!(lang));
    await page.getByText(menu[lang], { exact: true }).click();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('on a wide screen the navigation and the search box are shown without opening anything', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(templates.home!('en'));
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveCount(6);
  for (const link of await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').all())
    await expect(link).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' })).toHaveText('Русский', {
    useInnerText: true,
  });
});

test('on a wide screen the header search box says what it is, in the page language, and the placeholder text fits', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const label = { lv: 'Meklēt vietnē', en: 'Search the site', ru: 'Поиск по сайту' } as const;
  for (const lang of languages) {
    await page.goto(templates.faqIndex!(lang));
    const box = page.getByRole('searchbox', { name: label[lang] });
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('placeholder', label[lang]);
    // The visible text is not cut: the box is wider than its placeholder.
    const fits = await box.evaluate((el: HTMLInputElement) => {
      const c = document.createElement('canvas').getContext('2d')!;
      const s = getComputedStyle(el);
      c.font = `${s.fontSize} ${s.fontFamily}`;
      return c.measureText(el.placeholder).width <= el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    });
    expect(fits, lang).toBe(true);
  }
});
