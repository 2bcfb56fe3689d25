/**
 * The build's own defences, beside the content checker: the remark plugin inside Astro's MDX compile
 * (mdx-lockdown), the list of pages every content file must produce, and the last look at the built
 * HTML (csp.ts) for markup that could run code, embed another origin or send readers away.
 */
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { expectedPagePath } from '../../src/integrations/content-gate.ts';
import { applyCsp, dangerousMarkup } from '../../src/integrations/csp.ts';
import { mdxLockdown } from '../../src/integrations/mdx-lockdown.ts';

/** Compiles with Sätteri, Astro 7's MDX compiler, and the plugin exactly as astro.config.mjs wires it. */
const compile = async (body: string) =>
  mdxToJs(`---\ntitle: Mājoklis\n---\n${body}`, {
    mdastPlugins: [mdxLockdown],
    fileURL: pathToFileURL(`${process.cwd()}/content/guides/lv/liepaja/housing.mdx`),
  } as never);

describe('mdx-lockdown (inside the MDX compile)', () => {
  it('lets Markdown, Cite and Term through', async () => {
    await expect(
      compile('# Mājoklis\n\nĪre ir [šeit](https://liepaja.lv/) <Cite src="001:5658" />.\n\n<Term lv="deklarēšana">declaration</Term>\n'),
    ).resolves.toBeDefined();
  });

  for (const [what, body] of [
    ['an expression that would run at build time', 'Teksts {process.exit(1)}\n'],
    ['an import line', "import fs from 'node:fs'\n\nTeksts\n"],
    ['an export line', 'export const x = globalThis.fetch("https://evil.example/")\n'],
    ['a script element', '<script>alert(1)</script>\n'],
    ['a computed attribute', '<Cite src={"001:" + 1} />\n'],
    ['a javascript: link', '[x](javascript:alert(1))\n'],
  ]) {
    it(`stops the compile on ${what}, naming the file, the rule and the line`, async () => {
      const err = await compile(body!).then(
        () => null,
        (e: Error) => e,
      );
      expect(err).not.toBeNull();
      expect(err!.message).toContain('content/guides/lv/liepaja/housing.mdx');
      expect(err!.message).toContain('mdx-allowlist');
      expect(err!.message).toMatch(/line 4: /);
      expect(err!.stack).not.toMatch(/\n\s+at /);
    });
  }
});

describe('expected content pages', () => {
  it('maps each content file to the address the site publishes it at', () => {
    expect(expectedPagePath('guides', 'lv/liepaja/overview')).toBe('/lv/municipalities/liepaja/');
    expect(expectedPagePath('guides', 'en/liepaja/housing')).toBe('/en/municipalities/liepaja/housing/');
    expect(expectedPagePath('faq', 'ru/declare-residence')).toBe('/ru/faq/declare-residence/');
    expect(expectedPagePath('stories', 'lv/home-again')).toBe('/lv/stories/home-again/');
    expect(expectedPagePath('pages', 'en/for-partners')).toBe('/en/for-partners/');
    expect(expectedPagePath('municipalities', 'liepaja')).toBeNull();
  });
});

describe('built-page check (csp.ts)', () => {
  const site = 'https://return-to-latvia.example/';
  const page = (body: string) =>
    `<!doctype html><html><head><meta http-equiv="content-security-policy" content="rtl-csp-style-hashes"><style>a{}</style></head><body>${body}</body></html>`;

  it('passes an ordinary page and hashes only the head stylesheet', () => {
    const out = applyCsp(
      page('<main><a href="/lv/faq/">FAQ</a> <a href="https://vid.gov.lv/">VID</a><form action="/lv/search/"></form></main>'),
      'x.html',
      site,
    );
    expect(out).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  });

  for (const [what, body] of [
    ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['an object', '<object data="/x.swf"></object>'],
    ['an embed', '<embed src="/x">'],
    ['a base element', '<base href="https://evil.example/">'],
    ['a form to another origin', '<form action="https://evil.example/steal"></form>'],
    ['a meta refresh to another origin', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['a javascript: link with a tab in the scheme', '<a href="java&#9;script:alert(1)">x</a>'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['an event handler', '<img src="/a.png" alt="" onerror="alert(1)">'],
  ]) {
    it(`refuses a page with ${what}`, () => {
      expect(dangerousMarkup(page(body!), site).length).toBeGreaterThan(0);
      expect(() => applyCsp(page(body!), 'dist/lv/x/index.html', site)).toThrow(/dist\/lv\/x\/index.html: the page contains/);
    });
  }

  it('refuses a style element in the body instead of hashing it', () => {
    expect(() => applyCsp(page('<style>body{display:none}</style>'), 'x.html', site)).toThrow(/<style> element in the page body/);
  });
});
