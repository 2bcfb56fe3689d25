/**
 * Rule "web-sources": official web pages cited as `web:<id>` are official (https, a known public
 * publisher's domain) and dated (the page's own date, or noDateShown declared); and a contact — an
 * e-mail address, a phone number, a mailto:/tel: link — appears only in an entry that cites a web
 * source, so every contact a reader sees was copied from an official page.
 */
import type { ContentRule, Entry } from '../types.ts';

/** State and public bodies whose pages may be cited, besides each municipality's and region's own domain. */
const officialDomains = [
  'gov.lv', // ministries, agencies, latvija.gov.lv, planning regions on gov.lv
  'latvija.lv', // the state portal's former address (now latvija.gov.lv); older service descriptions are still cited there
  'likumi.lv',
  'vestnesis.lv', // the official gazette "Latvijas Vēstnesis": binding regulations are legally published here (often before likumi.lv shows them)
  'vietagimenei.lv',
  'paps.lv',
  'saeima.lv',
  'csdd.lv',
  'vid.gov.lv',
  'nva.gov.lv',
  'vidzeme.lv',
  'kurzemesregions.lv',
  'zemgale.lv',
  'rpr.gov.lv',
  'lpr.gov.lv',
];

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
};

const underDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

const emailRe = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const phoneRe = /(?:\+371[\s-]?\d{2}[\s-]?\d{3}[\s-]?\d{3}|\b(?:tel|tālr|tālrunis|phone|телефон|тел)\.?\s*:?\s*\+?\d[\d\s-]{6,})/i;
const linkRe = /\]\(\s*(?:mailto|tel):/i;
/** What counts as a contact in content (an e-mail address, a phone number, a mailto:/tel: link); also used to find its line. */
export const showsContact = (text: string) => emailRe.test(text) || phoneRe.test(text) || linkRe.test(text);

function* texts(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* texts(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* texts(v);
}

function citesWeb(e: Entry): boolean {
  return [...texts(e.data), e.body].some((t) => /\bweb:[a-z0-9-]+/.test(t));
}

export const webSourcesRule: ContentRule = {
  id: 'web-sources',
  description:
    'web sources are https pages of official publishers with a stated date (or noDateShown); contacts only where a web source is cited',
  run({ entries }, report) {
    const allowed = new Set(officialDomains);
    for (const e of entries.filter((x) => x.collection === 'municipalities' || x.collection === 'regions')) {
      const site = typeof e.data.website === 'string' ? hostOf(e.data.website) : '';
      if (site) allowed.add(site);
      if (Array.isArray(e.data.officialDomains)) for (const d of e.data.officialDomains) allowed.add(String(d).toLowerCase());
    }
    for (const e of entries.filter((x) => x.collection === 'web-sources')) {
      const url = typeof e.data.url === 'string' ? e.data.url : '';
      if (!url.startsWith('https://')) continue; // the schema names the fix
      const host = hostOf(url);
      if (![...allowed].some((d) => underDomain(host, d))) {
        report(
          e.file,
          'web-source-official',
          `"${host}" is not a known official publisher. Cite the page of a state institution, a municipality (its "website" or "officialDomains" in content/municipalities/) or a planning region; news sites and blogs are not sources for facts.`,
        );
      }
    }
    // An institution's online service is linked from many pages as that institution's own: a hostile
    // or mistaken address on another domain would send every reader elsewhere under its name.
    for (const e of entries.filter((x) => x.collection === 'institutions')) {
      const own = typeof e.data.website === 'string' ? hostOf(e.data.website) : '';
      for (const [i, service] of (Array.isArray(e.data.services) ? (e.data.services as Record<string, unknown>[]) : []).entries()) {
        const host = typeof service?.url === 'string' && service.url.startsWith('https://') ? hostOf(service.url) : '';
        if (host && !(own && underDomain(host, own)) && ![...allowed].some((d) => underDomain(host, d)))
          report(
            e.file,
            'service-official',
            `services[${i}].url: "${host}" is neither the institution's own website nor a known official domain; link the service on the institution's site.`,
          );
      }
    }
    for (const e of entries) {
      if (e.collection === 'web-sources') continue;
      const all = [...texts(e.data), e.body];
      const hasContact = all.some(showsContact);
      if (hasContact && !citesWeb(e)) {
        report(
          e.file,
          'contact-source',
          'This entry shows an e-mail address or phone number but cites no web source. Copy contacts only from an official page and cite it as "web:<id>" (add the page to content/web-sources/), or remove the contact.',
        );
      }
    }
  },
};
