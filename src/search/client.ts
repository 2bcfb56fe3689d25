/**
 * The search page. In the page's language it uses the site's own small index (/search/<lang>/,
 * src/search/engine.ts): the manifest, then only the word shards the query needs, then the text
 * of the five results shown. With "all languages" ticked it uses Pagefind's combined index
 * (/pagefind-all/). Query words are stemmed for their language (Latvian, English, Russian) and
 * match indexed words by prefix, without diacritics. State lives in the URL (?q=&all=1&type=…) so
 * a search can be shared.
 */
import type { Locale } from '../i18n/locales.ts';
import { stemQuery } from './lv-stemmer.ts';
import { excerpt, rank, type Manifest, type Shard } from './engine.ts';
import { queryKeys, shardOf } from './text.ts';

/** A result; our own index gives the excerpt later (the page text is fetched), so titles show at once. */
interface Item { url: string; title: string; excerpt: string | Promise<string>; type?: string; municipality?: string }
type Found = { count: number; load: (() => Promise<Item>)[] };
interface PagefindResult { url: string; excerpt: string; meta: Record<string, string> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Strings { results: Record<string, string>; none: string; loading: string; error: string; any: string; inLanguage: string; languages: Record<string, string> }

const form = document.querySelector<HTMLFormElement>('[data-search]');
if (form) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const all = form.querySelector<HTMLInputElement>('input[name="all"]')!;
  const filterBox = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const PAGE = 5; // results whose text is loaded at once; more on request (keeps the first query small)
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const locale = (form.dataset.locale ?? 'lv') as Locale;
  const s = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const rules = new Intl.PluralRules(locale);
  // ?stem=0 turns stemming off; only the search benchmark uses it, to measure what the stemmers add.
  const stem = () => new URL(location.href).searchParams.get('stem') !== '0';

  // The site's own index, in this page's language.
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(path: string, as: 'json' | 'text' = 'json') => {
    if (!cache.has(path)) {
      const loading = fetch(`/search/${locale}/${path}`).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${path}`);
        return as === 'json' ? r.json() : r.text();
      });
      loading.catch(() => cache.delete(path)); // a failed download is tried again by the next query
      cache.set(path, loading);
    }
    return cache.get(path) as Promise<T>;
  };
  const own = async (q: string, filters: Record<string, string>): Promise<Found> => {
    const m = await get<Manifest>('index.json');
    const keys = queryKeys(q, locale, stem()).filter((k) => k.length > 1);
    const names = [...new Set(keys.map(shardOf))].filter((n) => m.shards.includes(n));
    const shards = new Map(await Promise.all(names.map(async (n) => [n, await get<Shard>(`s/${n}.json`)] as const)));
    const hits = rank(m, keys, shards, filters);
    const value = (field: string, doc: Manifest['docs'][number]) => {
      const i = m.fields.indexOf(field);
      return m.values[i]?.[doc[3 + i] as number];
    };
    return {
      count: hits.length,
      load: hits.map(({ doc }) => async () => {
        const d = m.docs[doc]!;
        const text = get<string>(`t/${doc}.txt`, 'text').then((t) => excerpt(t, keys));
        return { url: d[0], title: d[1], excerpt: text, type: value('type', d), municipality: value('municipality', d) };
      }),
    };
  };

  // Pagefind's combined index, for "all languages".
  let pagefind: Promise<Pagefind> | undefined;
  const pagefindUrl = '/pagefind-all/pagefind.js'; // written by the build, not a module Vite can see
  const loadPagefind = () => (pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pf.options({ basePath: '/pagefind-all/', excerptLength: 24 });
    return pf;
  })());
  const everywhere = async (q: string, filters: Record<string, string>): Promise<Found> => {
    const pf = await loadPagefind();
    // Pagefind has no Latvian stemmer but matches prefixes: stem Latvian words here.
    const search = await pf.search(stem() ? stemQuery(q) : q, { filters });
    return {
      count: search.results.length,
      load: search.results.map((r) => async () => {
        const d = await r.data();
        return { url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, type: d.meta.type, municipality: d.meta.municipality };
      }),
    };
  };

  /** Filter values: from the manifest (own index) or from Pagefind (all languages). */
  let filtersFor = '';
  const fillFilters = async () => {
    const mode = all.checked ? 'all' : 'own';
    if (filtersFor === mode) return;
    filtersFor = mode;
    let available: Record<string, string[]>;
    if (all.checked) {
      const f = await (await loadPagefind()).filters();
      available = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Object.keys(v)]));
    } else {
      const m = await get<Manifest>('index.json');
      available = Object.fromEntries(m.fields.map((f, i) => [f, m.values[i] ?? []]));
    }
    for (const select of selects) {
      const keep = select.value;
      const values = [...(available[select.dataset.filter!] ?? [])].sort((a, b) => a.localeCompare(b, locale));
      select.replaceChildren(new Option(s.any, ''), ...values.map((v) => new Option(v, v)));
      if (values.includes(keep)) select.value = keep;
      select.closest('div')!.hidden = values.length === 0;
    }
  };
  // Filter values are loaded only when the reader opens the filters.
  filterBox.addEventListener('toggle', () => { if (filterBox.open) void fillFilters(); });

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
      info.textContent = [r.type, r.municipality, lang !== locale ? s.inLanguage.replace('{{language}}', s.languages[lang] ?? lang) : ''].filter(Boolean).join(' · ');
      const text = document.createElement('p');
      // Escaped page text with <mark> only (ours: search-engine.ts excerpt(); Pagefind's likewise).
      void Promise.resolve(r.excerpt).then((html) => { text.innerHTML = html; }, () => text.remove());
      if (lang !== locale) text.lang = lang;
      const title = document.createElement('div');
      title.append(a);
      li.append(title, info, text);
      return li;
    });
    if (append) list.append(...nodes); else list.replaceChildren(...nodes);
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
    if (!q) { list.replaceChildren(); status.textContent = ''; more.hidden = true; return; }
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
      status.textContent = n === 0 ? s.none : (s.results[rules.select(n)] ?? s.results.other ?? '').replace('{{count}}', new Intl.NumberFormat(locale).format(n));
      if (filterBox.open) void fillFilters();
    } catch {
      if (ticket === latest) status.textContent = s.error;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => { clearTimeout(timer); timer = setTimeout(() => void run(), 60); };
  form.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
  input.addEventListener('input', soon);
  // The manifest is needed by any query: fetch it while the reader starts typing.
  input.addEventListener('focus', () => { if (!all.checked) get('index.json').catch(() => undefined); }, { once: true });
  all.addEventListener('change', () => { filtersFor = ''; for (const x of selects) x.value = ''; if (filterBox.open) void fillFilters(); void run(); });
  for (const x of selects) x.addEventListener('change', () => void run());

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  all.checked = params.get('all') === '1';
  for (const x of selects) {
    const v = params.get(x.dataset.filter!);
    if (v) { x.replaceChildren(new Option(s.any, ''), new Option(v, v, true, true)); filterBox.open = true; }
  }
  if (input.value) void run();
}

export {};
