/**
 * What a reader (or a coordinator sharing a link) would notice on the built site: no placeholder
 * domain in any page, feed or calendar file, and no year turned into a numbered list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.ts';

const dist = join(repoRoot, 'dist');
function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(html|xml|ics|txt|json|csv)$/.test(name)) yield p;
  }
}

describe('built site', () => {
  it('exists (npm test builds it first)', () => {
    expect(existsSync(join(dist, 'lv/index.html')), 'dist/ is missing: run npm run build first').toBe(true);
  });

  it('contains no placeholder domain: every absolute link points where the site is served', () => {
    const offenders = [...files(dist)].filter((f) => readFileSync(f, 'utf8').includes('.example/'));
    expect(offenders.map((f) => f.slice(dist.length))).toEqual([]);
  });

  it('never shows a year as the number of a numbered list ("2022. gada" at the start of a paragraph)', () => {
    const offenders = [...files(dist)].filter((f) => f.endsWith('.html') && /<ol start="(1[89]|20)\d\d"/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(dist.length))).toEqual([]);
  });

  it("gives every numbered reference an item in the page's source list, numbered 1, 2, 3… in order of first use", () => {
    const problems: string[] = [];
    for (const f of files(dist)) {
      if (!f.endsWith('.html')) continue;
      const html = readFileSync(f, 'utf8');
      const page = f.slice(dist.length);
      if (/data-rtl-cite|<template data-rtl|data-rtl-sources>/.test(html)) problems.push(`${page}: citation markers left unnumbered`);
      const refs = [...html.matchAll(/<a class="rtl-cite__ref" href="#rtl-src-(\d+)"/g)].map((m) => Number(m[1]));
      const items = [...html.matchAll(/<li id="rtl-src-(\d+)">/g)].map((m) => Number(m[1]));
      if (items.some((n, i) => n !== i + 1)) problems.push(`${page}: list numbered ${items.join(',')}`);
      const firstUse = refs.filter((n, i) => refs.indexOf(n) === i);
      if (firstUse.some((n, i) => n !== i + 1)) problems.push(`${page}: references first used in the order ${firstUse.join(',')}`);
      if (refs.some((n) => n > items.length)) problems.push(`${page}: a reference without a list item`);
    }
    expect(problems).toEqual([]);
  });
});
