/**
 * The search page. In the page's language it uses the site's own small index (/search/<lang>/,
 * src/search/engine.ts): the manifest, then only the word shards the query needs, then the text
 * of the five results shown. With "all languages" ticked it runs the same search in every
 * language's index, each with that language's stemmer, and merges the results (each list scaled by
 * its best score, so they interleave fairly); the page language's results are all there. Query words
 * are stemmed for their language and match indexed words by prefix, without diacritics. State lives
 * in the URL (?q=&all=1&type=…) so a search can be shared.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import { boost, excerpt, rank, type Manifest, type Shard } from './engine.ts';
import { intentOf } from './intent.ts';
import { queryKeys, shardOf } from './text.ts';
import { required, requiredAncestor } from '../client/dom.ts';

/** A result; our own index gives the excerpt later (the page text is fetched), so titles show at once. */
interface Item {
  url: string;
  title: string;
  excerpt: string | Promise<string>;
  type?: string;
  municipality?: string;
}
type Found = { count: number; load: (() => Promise<Item>)[]; scores: number[] };
interface Strings {
  results: Record<string, string>;
  /** "67 results in all languages — show them": offered when the page's language finds little. */
  wider: Record<string, string>;
  none: string;
  loading: string;
  error: string;
  any: string;
  inLanguage: string;
  languages: Record<string, string>;
}

const SCRIPT = 'search/client.ts';
const form = document.querySelector<HTMLFormElement>('[data-search]');
if (form) {
  const input = required<HTMLInputElement>(form, 'input[name="q"]', SCRIPT);
  const all = required<HTMLInputElement>(form, 'input[name="all"]', SCRIPT);
  const filterBox = required<HTMLDetailsElement>(form, '[data-search-filters]', SCRIPT);
  const more = required<HTMLButtonElement>(document, '[data-search-more]', SCRIPT);
  const wider = required<HTMLButtonElement>(document, '[data-search-wider]', SCRIPT);
  /** Below this many results in the page's language, the other languages are counted and offered. */
  const FEW = 3;
  const PAGE = 5; // results whose text is loaded at once; more on request (keeps the first query small)
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = required(document, '[data-search-status]', SCRIPT);
  const list = required<HTMLOListElement>(document, '[data-search-results]', SCRIPT);
  const locale = (form.dataset.locale ?? 'lv') as Locale;
  const s = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const rules = new Intl.PluralRules(locale);
  // ?stem=0 turns stemming off; only the search benchmark uses it, to measure what the stemmers add.
  const stem = () => new URL(location.href).searchParams.get('stem') !== '0';

  // The site's own indexes: this page's language, and the others for "all languages".
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(lang: Locale, path: string, as: 'json' | 'text' = 'json') => {
    const url = `/search/${lang}/${path}`;
    if (!cache.has(url)) {
      const loading = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${path}`);
        return as === 'json' ? r.json() : r.text();
      });
      loading.catch(() => cache.delete(url)); // a failed download is tried again by the next query
      cache.set(url, loading);
    }
    return cache.get(url) as Promise<T>;
  };
  const own = async (q: string, filters: Record<string, string>, lang: Locale = locale): Promise<Found> => {
    const m = await get<Manifest>(lang, 'index.json');
    const keys = queryKeys(q, lang, stem()).filter((k) => k.length > 1);
    const names = [...new Set(keys.map(shardOf))].filter((n) => m.shards.includes(n));
    const shards = new Map(await Promise.all(names.map(async (n) => [n, await get<Shard>(lang, `s/${n}.json`)] as const)));
    // A named municipality's page on the named topic goes first (src/search/intent.ts).
    const hits = boost(m, rank(m, keys, shards, filters), intentOf(q, lang, m.places ?? []), filters);
    const value = (field: string, doc: Manifest['docs'][number]) => {
      const i = m.fields.indexOf(field);
      return m.values[i]?.[doc[3 + i] as number];
    };
    return {
      count: hits.length,
      scores: hits.map((h) => h.score),
      load: hits.map(({ doc }) => async () => {
        const d = m.docs[doc]!;
        const text = get<string>(lang, `t/${doc}.txt`, 'text').then((t) => excerpt(t, keys));
        return { url: d[0], title: d[1], excerpt: text, type: value('type', d), municipality: value('municipality', d) };
      }),
    };
  };

  // Every language, each analysed by its own stemmer; scores scaled by each list's best so they compare.
  const everywhere = async (q: string, filters: Record<string, string>): Promise<Found> => {
    // The page's language first, so it wins ties (each list's best page scores 1).
    const lists = await Promise.all([locale, ...locales.filter((l) => l !== locale)].map((l) => own(q, filters, l)));
    const merged = lists.flatMap((f) => f.load.map((load, i) => ({ load, score: f.scores[i]! / (f.scores[0] || 1) })));
    merged.sort((a, b) => b.score - a.score);
    return { count: merged.length, scores: merged.map((x) => x.score), load: merged.map((x) => x.load) };
  };

  /** Filter values: from the manifests (this language, or every language). */
  let filtersFor = '';
  const fillFilters = async () => {
    const mode = all.checked ? 'all' : 'own';
    if (filtersFor === mode) return;
    filtersFor = mode;
    const available: Record<string, Set<string>> = {};
    for (const lang of all.checked ? locales : [locale]) {
      const m = await get<Manifest>(lang, 'index.json');
      m.fields.forEach((f, i) => {
        for (const v of m.values[i] ?? []) (available[f] ??= new Set()).add(v);
      });
    }
    for (const select of selects) {
      const keep = select.value;
      const values = [...(available[select.dataset.filter!] ?? [])].sort((a, b) => a.localeCompare(b, locale));
      select.replaceChildren(new Option(s.any, ''), ...values.map((v) => new Option(v, v)));
      if (values.includes(keep)) select.value = keep;
      requiredAncestor(select, 'div', SCRIPT).hidden = values.length === 0;
    }
  };
  // Filter values are loaded only when the reader opens the filters.
  filterBox.addEventListener('toggle', () => {
    if (filterBox.open) void fillFilters();
  });

  const render = (items: Item[], append = false) => {
    const nodes = items.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.title;
      const lang = r.url.split('/')[1] ?? '';
      if (lang !== locale) a.hreflang = lang;
      const info = document.createElement('p');
      info.className = 'rtl-muted';
      info.textContent = [r.type, r.municipality, lang !== locale ? s.inLanguage.replace('{{language}}', s.languages[lang] ?? lang) : '']
        .filter(Boolean)
        .join(' · ');
      const text = document.createElement('p');
      // Escaped page text with <mark> only (engine.ts excerpt()).
      void Promise.resolve(r.excerpt).then(
        (html) => {
          text.innerHTML = html;
        },
        () => text.remove(),
      );
      if (lang !== locale) text.lang = lang;
      const title = document.createElement('div');
      title.append(a);
      li.append(title, info, text);
      return li;
    });
    if (append) list.append(...nodes);
    else list.replaceChildren(...nodes);
  };

  let pending: Found['load'] = [];
  more.addEventListener('click', async () => {
    const next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const firstNew = list.children.length;
    render(await Promise.all(next.map((load) => load())), true);
    more.hidden = pending.length === 0;
    list.children[firstNew]?.querySelector('a')?.focus();
  });

  let latest = 0;
  const run = async () => {
    const q = input.value.trim();
    const filters = Object.fromEntries(selects.filter((x) => x.value).map((x) => [x.dataset.filter!, x.value]));
    const url = new URL(location.href);
    const keepStem = url.searchParams.get('stem');
    url.search = '';
    if (keepStem) url.searchParams.set('stem', keepStem);
    if (q) url.searchParams.set('q', q);
    if (all.checked) url.searchParams.set('all', '1');
    for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
    history.replaceState(null, '', url);
    const ticket = ++latest;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      wider.hidden = true;
      return;
    }
    status.textContent = s.loading;
    try {
      const found = await (all.checked ? everywhere : own)(q, filters);
      if (ticket !== latest) return;
      const items = await Promise.all(found.load.slice(0, PAGE).map((load) => load()));
      if (ticket !== latest) return;
      render(items);
      pending = found.load.slice(PAGE);
      more.hidden = pending.length === 0;
      filterBox.hidden = false;
      const n = found.count;
      status.textContent =
        n === 0
          ? s.none
          : (s.results[rules.select(n)] ?? s.results.other ?? '').replace('{{count}}', new Intl.NumberFormat(locale).format(n));
      if (filterBox.open) void fillFilters();
      // A returning family often types Latvian words on the English or Russian page: offer the rest.
      wider.hidden = true;
      if (!all.checked && n < FEW) {
        const wide = await everywhere(q, filters);
        if (ticket === latest && wide.count > n) {
          const forms = s.wider;
          wider.textContent = (forms[rules.select(wide.count)] ?? forms.other ?? '').replace(
            '{{count}}',
            new Intl.NumberFormat(locale).format(wide.count),
          );
          wider.hidden = false;
        }
      }
    } catch {
      if (ticket === latest) status.textContent = s.error;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 60);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', soon);
  // The manifest is needed by any query: fetch it while the reader starts typing.
  input.addEventListener(
    'focus',
    () => {
      for (const l of all.checked ? locales : [locale]) get(l, 'index.json').catch(() => undefined);
    },
    { once: true },
  );
  all.addEventListener('change', () => {
    filtersFor = '';
    for (const x of selects) x.value = '';
    if (filterBox.open) void fillFilters();
    void run();
  });
  for (const x of selects) x.addEventListener('change', () => void run());
  wider.addEventListener('click', () => {
    wider.hidden = true;
    all.checked = true;
    all.dispatchEvent(new Event('change'));
    input.focus();
  });

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  all.checked = params.get('all') === '1';
  for (const x of selects) {
    const v = params.get(x.dataset.filter!);
    if (v) {
      x.replaceChildren(new Option(s.any, ''), new Option(v, v, true, true));
      filterBox.open = true;
    }
  }
  if (input.value) void run();
}

export {};
