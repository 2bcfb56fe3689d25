/**
 * Official web pages as sources: an editor who cites a news site, forgets the page's date, or
 * pastes a phone number without citing where it came from gets an error naming the file and the fix.
 */
import { writeFileSync, mkdirSync, readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-rules/index.ts';
import { contentWith } from './helpers.ts';

const page = (fields: string) =>
  `url: https://www.liepaja.lv/kontakti/\npublisher: { lv: Liepājas valstspilsētas pašvaldība, en: Liepāja City Municipality, ru: Самоуправление Лиепаи }\ntitle: Kontakti\nlanguage: lv\nseen: 2026-12-04\n${fields}`;

async function errorsWith(setup: (dir: string) => void) {
  const { dir, cleanup } = contentWith();
  try {
    mkdirSync(join(dir, 'web-sources'), { recursive: true });
    setup(dir);
    return (await checkContent(dir)).filter((p) => p.level === 'error');
  } finally {
    cleanup();
  }
}

describe('web sources', () => {
  it("accept a dated page of the municipality's own domain, cited by a contact", async () => {
    const errors = await errorsWith((dir) => {
      writeFileSync(join(dir, 'web-sources/liepaja-contacts.yaml'), page('pageDate: 2024-04-05\ndateLabel: updated\n'));
      appendFileSync(
        join(dir, 'municipalities/liepaja.yaml'),
        'contacts:\n  - { kind: client-service, email: info@liepaja.lv, sources: ["web:liepaja-contacts"] }\n',
      );
    });
    expect(errors).toEqual([]);
  });

  it('refuse a page that states no date unless noDateShown says so', async () => {
    const errors = await errorsWith((dir) => writeFileSync(join(dir, 'web-sources/liepaja-contacts.yaml'), page('')));
    expect(errors.find((p) => p.rule === 'schema:pageDate')?.message).toMatch(/noDateShown: true/);
  });

  it('refuse a publisher that is not an official one', async () => {
    const errors = await errorsWith((dir) =>
      writeFileSync(
        join(dir, 'web-sources/liepaja-news.yaml'),
        page('noDateShown: true\n').replace('https://www.liepaja.lv/kontakti/', 'https://www.delfi.lv/zinas/'),
      ),
    );
    const hit = errors.find((p) => p.rule === 'web-source-official');
    expect(hit?.file).toBe('content/web-sources/liepaja-news.yaml');
    expect(hit?.message).toMatch(/delfi\.lv.*not a known official publisher/);
  });

  it("refuse an institution's service linked on another domain, and accept one on its own site", async () => {
    const service = (url: string) =>
      `services:\n  - id: booking\n    url: ${url}\n    names: { lv: Pieraksts, en: Booking, ru: Запись }\n    about: { lv: Pieraksts., en: Booking., ru: Запись. }\n    sources: ["web:liepaja-contacts"]\n`;
    const withService = (url: string) =>
      errorsWith((dir) => {
        writeFileSync(join(dir, 'web-sources/liepaja-contacts.yaml'), page('noDateShown: true\n'));
        appendFileSync(join(dir, 'institutions/pmlp.yaml'), service(url));
      });
    const hit = (await withService('https://pmlp-booking.example/')).find((p) => p.rule === 'service-official');
    expect(hit?.file).toBe('content/institutions/pmlp.yaml');
    expect(hit?.message).toMatch(/services\[0\]\.url: "pmlp-booking\.example"/);
    expect(await withService('https://www.pmlp.gov.lv/lv/pieraksts')).toEqual([]);
  });

  it('refuse a contact whose source is not a web page', async () => {
    const errors = await errorsWith((dir) =>
      appendFileSync(
        join(dir, 'municipalities/liepaja.yaml'),
        'contacts:\n  - { kind: council, phone: "63404750", sources: ["001:1537"] }\n',
      ),
    );
    expect(errors.find((p) => p.rule === 'schema:contacts[0].sources[0]')?.message).toMatch(/web:<id>/);
  });

  it('refuse a phone number in a text that cites no web source', async () => {
    const errors = await errorsWith((dir) => {
      const f = join(dir, 'guides/lv/liepaja/housing.mdx');
      writeFileSync(f, `${readFileSync(f, 'utf8')}\nZvaniet: tel. +371 63404750.\n`);
    });
    const hit = errors.find((p) => p.rule === 'contact-source');
    expect(hit?.file).toBe('content/guides/lv/liepaja/housing.mdx');
    expect(hit?.message).toMatch(/cite it as "web:<id>"/);
  });

  it('refuse a citation of a web source that does not exist', async () => {
    const errors = await errorsWith((dir) =>
      appendFileSync(
        join(dir, 'municipalities/liepaja.yaml'),
        'contacts:\n  - { kind: council, email: dome@liepaja.lv, sources: ["web:liepaja-missing"] }\n',
      ),
    );
    expect(errors.find((p) => p.rule === 'source-exists')?.message).toMatch(/content\/web-sources\/liepaja-missing\.yaml/);
  });

  it('refuse an official note without a web source, or citing one that does not exist', async () => {
    const errors = await errorsWith((dir) =>
      appendFileSync(
        join(dir, 'municipalities/liepaja.yaml'),
        'official:\n  - { topic: kindergarten, sources: ["001:1537"], text: { lv: "Rindā uz bērnudārzu piesaka pašvaldībā." } }\n  - { topic: housing, sources: ["web:liepaja-housing"], text: { lv: "Palīdzību dzīvokļa jautājumos sniedz pašvaldība." } }\n',
      ),
    );
    expect(errors.find((p) => p.rule === 'schema:official[0].sources[0]')?.message).toMatch(/web:<id>/);
    expect(errors.find((p) => p.rule === 'source-exists')?.message).toMatch(/content\/web-sources\/liepaja-housing\.yaml/);
  });
});
