/**
 * One security policy: public/_headers, the README's nginx example and every built page's meta CSP
 * say what src/security/policy.ts says, and WebAssembly is allowed only where a page runs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminCsp, headersFile, headerCsp, readmeWithNginx, securityHeaders } from '../../src/security/policy.ts';
import { repoRoot } from './helpers.ts';

const read = (f: string) => readFileSync(join(repoRoot, f), 'utf8');
const metaCsp = (page: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read(page))?.[1] ?? '';

describe('security policy (single source)', () => {
  it('public/_headers and the README nginx example are what `npm run security:policy` writes', () => {
    expect(read('public/_headers')).toBe(headersFile());
    expect(read('README.md')).toBe(readmeWithNginx(read('README.md')));
  });

  it('_headers gives every page path the CSP but leaves /admin/ (the CMS) to set its own', () => {
    const rules = read('public/_headers')
      .split(/\n(?=\S)/)
      .filter((r) => !r.startsWith('#'));
    const withCsp = rules.filter((r) => r.includes('Content-Security-Policy:')).map((r) => r.split('\n')[0]!);
    expect(withCsp).toEqual(expect.arrayContaining(['/', '/404.html', '/lv/*', '/en/*', '/ru/*']));
    const site = withCsp.filter((p) => p !== '/admin/*');
    expect(site.some((p) => p === '/*' || ('/admin/'.startsWith(p.replace('*', '')) && p !== '/'))).toBe(false);
  });

  it('/admin/ (the web editor) gets its own CSP and is never indexed; nothing else gets that policy', () => {
    const rules = read('public/_headers')
      .split(/\n(?=\S)/)
      .filter((r) => !r.startsWith('#'));
    const admin = rules.find((r) => r.startsWith('/admin/*\n'));
    expect(admin).toContain(`Content-Security-Policy: ${adminCsp({ meta: false })}`);
    expect(admin).toContain('X-Robots-Tag: noindex');
    expect(rules.filter((r) => r.includes("'unsafe-eval'")).map((r) => r.split('\n')[0])).toEqual(['/admin/*']);
    expect(adminCsp({ meta: false })).toContain("frame-ancestors 'none'");
    expect(adminCsp({ meta: true })).not.toContain('frame-ancestors');
  });

  it('the nginx example repeats every security header in every location (nginx drops them otherwise)', () => {
    const block = /```nginx\n([\s\S]*?)```/.exec(read('README.md'))![1]!;
    const locations = block.split(/\n\s*location /).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    for (const loc of locations) {
      const csp = loc.startsWith('^~ /admin/') ? adminCsp({ meta: false }) : headerCsp();
      expect(loc).toContain(`add_header Content-Security-Policy "${csp}" always;`);
      for (const [name] of securityHeaders) expect(loc).toContain(`add_header ${name} `);
    }
  });

  it('forbids framing in the header and allows WebAssembly on no page, search included (nothing runs it) (built site)', () => {
    expect(headerCsp()).toContain("frame-ancestors 'none'");
    expect(headerCsp()).not.toContain('wasm');
    expect(existsSync(join(repoRoot, 'dist/lv/search/index.html')), 'run npm run build first').toBe(true);
    for (const page of ['dist/lv/index.html', 'dist/en/faq/index.html', 'dist/ru/municipalities/index.html', 'dist/lv/search/index.html']) {
      expect(metaCsp(page)).toMatch(/script-src 'self';/);
      expect(metaCsp(page)).not.toContain('unsafe-inline');
    }
  });
});
