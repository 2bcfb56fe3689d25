/**
 * Search UI over Pagefind's JS API. The page's own language index by default (Pagefind picks it from
 * <html lang>), or the combined index at /pagefind-all/ when "all languages" is ticked. Latvian queries
 * are stemmed first: Pagefind has no Latvian stemmer but matches word prefixes, so a stem finds every form.
 * State lives in the URL (?q=&all=1&type=…) so a search can be shared.
 */
import { stemQuery } from '../lib/lv-stemmer.ts';

interface Result { url: string; excerpt: string; meta: Record<string, string> }
interface Search { results: { data(): Promise<Result> }[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<Search>;
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
  const locale = form.dataset.locale ?? 'lv';
  const s = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const rules = new Intl.PluralRules(locale);

  const instances = new Map<string, Promise<Pagefind>>();
  const load = (bundle: string) => {
    if (!instances.has(bundle)) {
      instances.set(bundle, (async () => {
        // A distinct module URL per bundle gives each its own Pagefind instance.
        const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
        await pf.options({ basePath: bundle, excerptLength: 24 });
        return pf;
      })());
    }
    return instances.get(bundle)!;
  };
  const bundle = () => (all.checked ? '/pagefind-all/' : '/pagefind/');

  let filtersFor = '';
  const fillFilters = async (pf: Pagefind) => {
    if (filtersFor === bundle()) return;
    filtersFor = bundle();
    const available = await pf.filters();
    for (const select of selects) {
      const keep = select.value;
      const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) => a.localeCompare(b, locale));
      select.replaceChildren(new Option(s.any, ''), ...values.map((v) => new Option(v, v)));
      if (values.includes(keep)) select.value = keep;
      select.closest('div')!.hidden = values.length === 0;
    }
  };
  // Filter values are loaded only when the reader opens the filters.
  filterBox.addEventListener('toggle', () => { if (filterBox.open) void load(bundle()).then(fillFilters); });

  const render = (items: Result[], append = false) => {
    const nodes = items.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const lang = r.url.split('/')[1] ?? '';
      if (lang !== locale) a.hreflang = lang;
      const info = document.createElement('p');
      info.className = 'rtl-muted';
      info.textContent = [r.meta.type, r.meta.municipality, lang !== locale ? s.inLanguage.replace('{{language}}', s.languages[lang] ?? lang) : ''].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.innerHTML = r.excerpt; // Pagefind escapes the page text and adds only <mark>.
      if (lang !== locale) excerpt.lang = lang;
      const title = document.createElement('div');
      title.append(a);
      li.append(title, info, excerpt);
      return li;
    });
    if (append) list.append(...nodes); else list.replaceChildren(...nodes);
  };

  let pending: Search['results'] = [];
  more.addEventListener('click', async () => {
    const next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const firstNew = list.children.length;
    render(await Promise.all(next.map((r) => r.data())), true);
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
      const pf = await load(bundle());
      // Latvian has no stemmer in Pagefind: stem the words here, prefix matching does the rest.
      // ?stem=0 turns stemming off; only the search benchmark uses it, to measure what the stemmer adds.
      const stem = new URL(location.href).searchParams.get('stem') !== '0';
      const term = stem && (locale === 'lv' || all.checked) ? stemQuery(q) : q;
      const search = await pf.search(term, { filters });
      if (ticket !== latest) return;
      const items = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
      if (ticket !== latest) return;
      render(items);
      pending = search.results.slice(PAGE);
      more.hidden = pending.length === 0;
      filterBox.hidden = false;
      const n = search.results.length;
      status.textContent = n === 0 ? s.none : (s.results[rules.select(n)] ?? s.results.other ?? '').replace('{{count}}', new Intl.NumberFormat(locale).format(n));
      if (filterBox.open) void fillFilters(pf);
    } catch {
      if (ticket === latest) status.textContent = s.error;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => { clearTimeout(timer); timer = setTimeout(() => void run(), 60); };
  form.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
  input.addEventListener('input', soon);
  all.addEventListener('change', () => { filtersFor = ''; for (const x of selects) x.value = ''; if (filterBox.open) void load(bundle()).then(fillFilters); void run(); });
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
