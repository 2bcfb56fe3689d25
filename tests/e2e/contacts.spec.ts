/**
 * "Who to ask" and "What official pages say": every contact in the data files reaches the reader as a
 * working mailto:/tel: link with the page it was copied from and that page's date; a municipality
 * without a checked contact says so and links its website; official notes show on their topic page
 * with the date the official page states and a link to the live page.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { officialOnGuide } from '../../src/schemas/web-source.ts';

const content = resolve(import.meta.dirname, '../../content');
const yaml = <T>(...p: string[]) => parse(readFileSync(resolve(content, ...p), 'utf8')) as T;
interface Contact {
  kind: string;
  email?: string;
  phone?: string | string[];
  sources: string[];
}
interface Note {
  topic: string;
  sources: string[];
  text: Record<string, string>;
}
interface Municipality {
  website: string;
  region: string;
  contacts?: Contact[];
  official?: Note[];
}
interface WebSource {
  url: string;
  pageDate?: string;
  noDateShown?: true;
}
const municipalities = readdirSync(resolve(content, 'municipalities'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace('.yaml', ''))
  .sort();
const web = (ref: string) => yaml<WebSource>('web-sources', `${ref.slice(4)}.yaml`);
/** The guide page that shows each official-note topic, from the site's own registry (the overview shows the rest). */
const topicPage: Record<string, string> = Object.fromEntries(
  Object.entries(officialOnGuide).flatMap(([page, topics]) => topics.map((topic) => [topic, page])),
);
const noDate = { lv: 'lapā datums nav norādīts', en: 'the page shows no date', ru: 'дата на странице не указана' };
const digits = (s: string) => s.replace(/\D/g, '').replace(/^371(?=\d{8}$)/, '');

for (const lang of ['lv', 'en', 'ru'] as const) {
  test(`${lang}: every municipality's contacts are links, each with its official page and that page's date`, async ({ request }) => {
    const problems: string[] = [];
    for (const slug of municipalities) {
      const m = yaml<Municipality>('municipalities', `${slug}.yaml`);
      const { document } = parseHTML(await (await request.get(`/${lang}/municipalities/${slug}/`)).text());
      const box = document.querySelector('#contact')?.closest('section');
      if (!box) {
        problems.push(`${slug}: no "who to ask" section`);
        continue;
      }
      const hrefs = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      for (const c of m.contacts ?? []) {
        if (c.email && !hrefs.includes(`mailto:${c.email}`)) problems.push(`${slug}: ${c.email} is not a mailto: link`);
        for (const phone of [c.phone ?? []].flat())
          if (!hrefs.some((h) => h.startsWith('tel:+') && digits(h) === digits(phone)))
            problems.push(`${slug}: ${phone} is not a tel: link`);
        for (const ref of c.sources) {
          // Web sources are listed per municipality or region (sources/web/<group>/), at #web-<id>.
          if (!hrefs.some((h) => new RegExp(`^/${lang}/sources/web/[a-z0-9-]+/#web-${ref.slice(4)}$`).test(h)))
            problems.push(`${slug}: ${ref} not cited`);
          if (!hrefs.includes(web(ref).url)) problems.push(`${slug}: no link to the live page of ${ref}`);
        }
      }
      if (!(m.contacts ?? []).length && !hrefs.includes(m.website))
        problems.push(`${slug}: no contact and no link to the municipality's website`);
    }
    expect(problems).toEqual([]);
  });

  test(`${lang}: official notes appear on their topic page with the page's own date and the live page`, async ({ request }) => {
    const problems: string[] = [];
    let notes = 0;
    for (const slug of municipalities) {
      for (const note of yaml<Municipality>('municipalities', `${slug}.yaml`).official ?? []) {
        notes++;
        const url = `/${lang}/municipalities/${slug}/${topicPage[note.topic] ? `${topicPage[note.topic]}/` : ''}`;
        const { document } = parseHTML(await (await request.get(url)).text());
        const section = document.querySelector('#official')?.closest('section');
        const text = section?.textContent?.replace(/\s+/g, ' ') ?? '';
        const expected = (note.text[lang] ?? note.text.lv!).replace(/\s+/g, ' ').trim();
        if (!text.includes(expected)) {
          problems.push(`${url}: note on ${note.topic} missing`);
          continue;
        }
        for (const ref of note.sources) {
          const page = web(ref);
          const hrefs = [...section!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          if (!hrefs.includes(page.url)) problems.push(`${url}: no link to ${page.url}`);
          if (page.noDateShown && !text.includes(noDate[lang])) problems.push(`${url}: ${ref} shows no "no date" notice`);
          if (page.pageDate && !text.includes(String(new Date(page.pageDate).getUTCFullYear())))
            problems.push(`${url}: ${ref} date not shown`);
        }
      }
    }
    expect(problems).toEqual([]);
    test.info().annotations.push({ type: 'official notes checked', description: String(notes) });
  });
}

const dictionary = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../src/i18n/strings/${lang}.json`), 'utf8')) as {
    schoolContacts: { pointer: string };
  };

for (const lang of ['lv', 'en', 'ru'] as const) {
  test(`${lang}: every schools page says who answers, before the official notes: the education board, else the client service`, async ({
    request,
  }) => {
    const problems: string[] = [];
    let withBoard = 0;
    for (const slug of municipalities) {
      const m = yaml<Municipality>('municipalities', `${slug}.yaml`);
      const { document } = parseHTML(await (await request.get(`/${lang}/municipalities/${slug}/schools/`)).text());
      const box = document.querySelector('#school-contacts')?.closest('section');
      if (!box) {
        problems.push(`${slug}: no "who answers" box on the schools page`);
        continue;
      }
      const official = document.querySelector('#official');
      if (official && !(box.compareDocumentPosition(official) & 4)) problems.push(`${slug}: the box comes after the official notes`);
      const hrefs = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      const text = box.textContent?.replace(/\s+/g, ' ') ?? '';
      const board = (m.contacts ?? []).filter((c) => c.kind === 'education');
      if (board.length > 0) withBoard++;
      if (board.length === 0 && !text.includes(dictionary(lang).schoolContacts.pointer))
        problems.push(`${slug}: no education contact and no pointer to the client service`);
      const shown = board.length > 0 ? board : (m.contacts ?? []).filter((c) => c.kind === 'client-service');
      for (const c of shown) {
        if (c.email && !hrefs.includes(`mailto:${c.email}`)) problems.push(`${slug}: ${c.email} is not a mailto: link`);
        for (const phone of [c.phone ?? []].flat())
          if (!hrefs.some((h) => h.startsWith('tel:+') && digits(h) === digits(phone)))
            problems.push(`${slug}: ${phone} is not a tel: link`);
        for (const ref of c.sources) if (!hrefs.includes(web(ref).url)) problems.push(`${slug}: no link to the live page of ${ref}`);
      }
      for (const c of (m.contacts ?? []).filter((x) => x.kind !== 'education' && board.length > 0))
        if (c.email && hrefs.includes(`mailto:${c.email}`))
          problems.push(`${slug}: ${c.kind} contact shown although the education board is known`);
      if (!hrefs.includes(`/${lang}/municipalities/${slug}/#contact`)) problems.push(`${slug}: no link to all the municipality's contacts`);
    }
    expect(problems).toEqual([]);
    expect(withBoard).toBeGreaterThan(0);
    test
      .info()
      .annotations.push({ type: 'schools pages with an education contact', description: `${withBoard} of ${municipalities.length}` });
  });
}

interface Service {
  id: string;
  url: string;
  about: Record<string, string>;
  sources: string[];
}
for (const lang of ['lv', 'en', 'ru'] as const) {
  test(`${lang}: every jobs page sends the reader to the vacancy portal, with the official page that describes it`, async ({ request }) => {
    const portal = yaml<{ services: Service[] }>('institutions', 'nva.yaml').services.find((s) => s.id === 'vacancies')!;
    const problems: string[] = [];
    for (const slug of municipalities) {
      const { document } = parseHTML(await (await request.get(`/${lang}/municipalities/${slug}/jobs/`)).text());
      const box = document.querySelector('#vacancies')?.closest('section');
      if (!box) {
        problems.push(`${slug}: no vacancies box`);
        continue;
      }
      if (!box.querySelector(`a[href="${portal.url}"]`)) problems.push(`${slug}: no link to ${portal.url}`);
      if (!box.textContent?.replace(/\s+/g, ' ').includes(portal.about[lang]!)) problems.push(`${slug}: the portal is not described`);
      const sources = document.querySelector('#rtl-sources')?.closest('section')?.innerHTML ?? document.body.innerHTML;
      for (const ref of portal.sources) {
        if (!sources.includes(web(ref).url)) problems.push(`${slug}: ${ref} missing from the page's sources`);
        if (web(ref).noDateShown && !sources.includes(noDate[lang])) problems.push(`${slug}: ${ref} does not say its page has no date`);
      }
    }
    expect(problems).toEqual([]);
  });
}
