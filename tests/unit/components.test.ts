/** Components rendered through Astro's container API; assertions on the DOM (roles, lang, href). */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import Base from '../../src/layouts/Base.astro';
import LanguageSwitcher from '../../src/components/LanguageSwitcher.astro';
import Term from '../../src/components/Term.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const dom = (html: string) =>
  parseHTML(/^\s*<(!doctype|html)/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document;

describe('LanguageSwitcher', () => {
  it('links to the same page in every language, each named in its own language after its short code', async () => {
    const html = await container.renderToString(LanguageSwitcher, { props: { locale: 'en', pathname: '/en/faq/declare-residence/' } });
    const links = [...dom(html).querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('lang'), a.textContent?.replace(/\s+/g, ' ').trim()])).toEqual([
      ['/lv/faq/declare-residence/', 'lv', 'LV Latviešu'],
      ['/en/faq/declare-residence/', 'en', 'EN English'],
      ['/ru/faq/declare-residence/', 'ru', 'RU Русский'],
    ]);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'true').map((a) => a.getAttribute('lang'))).toEqual(['en']);
  });
});

describe('Term', () => {
  it('shows the official Latvian term beside an English name, marked as Latvian', async () => {
    const html = await container.renderToString(Term, {
      props: { lv: 'dzīvesvietas deklarēšana' },
      slots: { default: 'declaration of residence' },
      locale: 'en',
    } as never);
    const doc = dom(html);
    expect(doc.body.textContent).toContain('declaration of residence (dzīvesvietas deklarēšana)');
    expect(doc.querySelector('[lang="lv"]')?.textContent).toBe('dzīvesvietas deklarēšana');
  });
});

describe('Base layout', () => {
  const render = (props: Record<string, unknown>, path = '/ru/faq/declare-residence/') =>
    container.renderToString(Base, {
      props: { locale: 'ru', title: 'Заголовок', ...props },
      slots: { default: '<p>x</p>' },
      request: new Request(`https://return-to-latvia.example${path}`),
    });

  it('sets the page language, canonical URL and hreflang alternates with x-default', async () => {
    const doc = dom(await render({ index: { type: 'faq' } }));
    expect(doc.documentElement.getAttribute('lang')).toBe('ru');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/ru\/faq\/declare-residence\/$/);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));
    expect(alternates).toEqual(['lv', 'en', 'ru', 'x-default']);
    expect(doc.querySelector('a.rtl-skip')?.getAttribute('href')).toBe('#main');
    expect(doc.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
  });

  it('marks a fallback page: Latvian main, translated notice, not indexed, not indexable', async () => {
    const doc = dom(await render({ fallback: true, index: { type: 'faq' } }));
    const main = doc.querySelector('main')!;
    expect(main.getAttribute('lang')).toBe('lv');
    expect(main.hasAttribute('data-pagefind-body')).toBe(false);
    const notice = main.querySelector('[role="note"]')!;
    expect(notice.closest('[lang]')?.getAttribute('lang')).toBe('ru');
    expect(notice.textContent).toMatch(/русский/);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('has the main navigation in the page language', async () => {
    const doc = dom(await render({}));
    const nav = doc.querySelector('nav[aria-label="Главное меню"]')!;
    expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/ru/municipalities/',
      '/ru/support/',
      '/ru/faq/',
      '/ru/stories/',
      '/ru/first-steps/',
      '/ru/search/',
    ]);
  });
});
